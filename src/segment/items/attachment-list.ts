// `Bilagor` / `1. Verksamhetsberättelse 2022` / `2. Budget 2023` / … above minutes whose points are numbered the same
// way (`1. Formalia`, `2. Årsredovisning`): the list under a heading of attachments is the document's (or the point's)
// attachments, never its items. Read as items, it replaced the real points and its last entry swallowed them.
// The list is the numbered lines right under the heading, counting up from 1 with nothing but blank lines between them;
// it ends at the first number that does not go on with the count (the points' own `1.`).
import { ATTACHMENT_LIST_HEADINGS } from '../../lexicon/sv.js';
import type { Line } from '../../text/line.js';
import { alternation } from '../../text/patterns.js';

const HEADING = new RegExp(`^(?:${alternation(ATTACHMENT_LIST_HEADINGS)})\\s*:?$`, 'iu');
// (the heading's first letters, asked before its pattern: `B`, `F`, in either case)
const MAY_HEAD = new Set<number>([66, 98, 70, 102]);
// `1. Budget`, `2) Indikatorer`, `3 Närvarolista`: an entry's number and a word after it
const ENTRY = /^(\d{1,2})[.)]?\s+\S/u;
// so many blank lines at most between the heading and an entry, or two entries
const MAX_BLANKS = 2;

/** The line before `i` that holds text, past a few blank lines; -1 where none stands that close. */
function contentBefore(lines: readonly Line[], i: number, from: number): number {
  for (let j = i - 1; j >= from && j >= i - 1 - MAX_BLANKS; j--) if (lines[j]!.text !== '') return j;
  return -1;
}

/**
 * The lines among `may` (the lines that may open an item, in order) that are entries of an attachment list; none
 * where no entry `1` stands under such a heading (the heading looked at only above an entry numbered 1).
 */
export function attachmentEntries(lines: readonly Line[], may: readonly number[], start: number): Set<number> | null {
  let out: Set<number> | null = null;
  for (let k = 0; k < may.length; k++) {
    const i = may[k]!;
    const text = lines[i]!.text;
    if (text.charCodeAt(0) !== 49 || ENTRY.exec(text)?.[1] !== '1') continue;
    const above = contentBefore(lines, i, start);
    if (above < 0 || !MAY_HEAD.has(lines[above]!.text.charCodeAt(0)) || !HEADING.test(lines[above]!.text.trim())) continue;
    // the entries counting up from 1, each right under the one before
    let count = 1;
    let last = i;
    (out ??= new Set<number>()).add(i);
    for (let n = k + 1; n < may.length; n++) {
      const j = may[n]!;
      if (contentBefore(lines, j, start) !== last || ENTRY.exec(lines[j]!.text)?.[1] !== String(count + 1)) break;
      out.add(j);
      count++;
      last = j;
      k = n;
    }
  }
  return out;
}
