// A contents list printed as headings before the items themselves.
import { isBlank, type Line } from '../../text/line.js';
import { recogniseItemHeader } from '../../text/numbering.js';
import type { ItemSegment } from './types.js';
import { isSentence, titleKeyOf } from './line-kinds.js';
import { restartsGroup } from './run.js';

/**
 * A run of headings with no text under them, and then the same numbers again with their
 * bodies (a contents list the extractor printed as headings, `§ 41/22 …` under group
 * headings): the first run is no items. Its group headings are the items' sections, the
 * last one in force for the numbers after it.
 */
const WORDS3 = /\S\s+\S+\s+\S/u;

export function titlesBeforeItems(lines: readonly Line[], items: ItemSegment[]): ItemSegment[] {
  const r = items.findIndex((it, k) => k > 0 && it.header.number <= items[k - 1]!.header.number && it.header.label === items[k - 1]!.header.label);
  if (r < 2 || items[r]!.header.number !== items[0]!.header.number) return items;
  const listed = items.slice(0, r);
  const lastListed = listed[listed.length - 1]!;
  // a group that counts from 1 again under its heading lists other points than the group before, not the same again
  if (restartsGroup(lines, items[r]!.at, items[0]!.at, 0, items[r]!.header, lastListed.header) && !listedAgain(listed, items.slice(r))) return items;
  // a body says something: three words or more on a line (not a page marker `(3)` or a running header), and not
  // a line run on with the next entries (`§ 46/22 … § 47/22 …`) that was cut into pieces of one line of the text
  const hasBody = (it: ItemSegment): boolean => {
    for (let k = it.bodyStart; k < it.end; k++) if (lines[k]!.no !== lines[it.at]!.no && WORDS3.test(lines[k]!.text)) return true;
    return false;
  };
  // bare headings (`§ 55`, `§ 56`) and then their titles one a line, as a list flattened
  // column by column prints them: under the last heading stand the titles, not its body
  // (the bare ones before the last are no items: a heading with no title under it is none)
  let bare = 0;
  for (let k = listed[0]!.at; k <= lastListed.at; k++) if (recogniseItemHeader(lines[k]!)?.rest === '') bare++;
  const titlesOnly = (it: ItemSegment): boolean => {
    if (it !== lastListed || it.header.rest !== '' || bare < 2) return false;
    let count = 0;
    for (let k = it.bodyStart; k < it.end; k++) {
      const l = lines[k]!;
      if (isBlank(l)) continue;
      if (++count > bare || isSentence(l.flat)) return false;
    }
    return true;
  };
  // (and where most of the listed points come again with their titles, the last one's lines are their titles even
  // where one ends in a point, `Ansökan om medel till insatsen Vidare.`: two lines a bare heading at most, a title and its kind)
  const again = listedAgain(listed, items.slice(r));
  const titlesOfBare = (it: ItemSegment): boolean => it === lastListed && it.header.rest === '' && bare >= 2 && again && contentLines(lines, it.bodyStart, it.end) <= 2 * bare;
  if (listed.some((it) => hasBody(it) && !titlesOnly(it) && !titlesOfBare(it))) return items;
  const byNumber = new Map(listed.map((it) => [it.header.number, it]));
  const written = items.slice(r).map((it) => {
    if (it.section !== null) return it;
    const from = byNumber.get(it.header.number) ?? (it.header.number > lastListed.header.number ? lastListed : null);
    return from ? { ...it, section: from.section, sectionType: from.sectionType } : it;
  });
  // the points listed that are not written out again (the text cut off after the first, a page left out): the
  // list names them, so they are items too, each its listed title (as a contents list's entries are: `withListedPoints`)
  const writtenOut = new Set(written.map((it) => it.header.number));
  const only = listed.filter((it) => !writtenOut.has(it.header.number));
  return only.length === 0 ? written : [...written, ...only].sort((a, b) => a.header.number - b.header.number);
}

/** How many lines from `start` to `end` hold text. */
function contentLines(lines: readonly Line[], start: number, end: number): number {
  let n = 0;
  for (let k = start; k < end; k++) if (!isBlank(lines[k]!)) n++;
  return n;
}

/** Most of the points listed come again, with the same number and title, among the items after them. */
function listedAgain(listed: readonly ItemSegment[], after: readonly ItemSegment[]): boolean {
  const later = new Map<number, string>();
  for (const it of after) if (!later.has(it.header.number)) later.set(it.header.number, titleKeyOf(it.titleText));
  const same = listed.filter((it) => later.get(it.header.number) === titleKeyOf(it.titleText)).length;
  return same * 2 >= listed.length;
}
