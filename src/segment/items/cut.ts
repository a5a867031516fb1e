// The items read, cut by the excluded blocks (signatures) and finished: sub-items, page furniture, nesting.
import { continuationMarks } from '../continued.js';
import { headingOf, headingRepeats } from '../heading-repeats.js';
import type { Line } from '../../text/line.js';
import type { ItemLayout, ItemSegment, Range, SubItemSegment } from './types.js';
import { trimEnd } from './line-kinds.js';
import type { ItemsRead } from './read.js';
import { pageHeads } from './page-heads.js';
import { openingPoints } from './bullets.js';
import { titlesBeforeItems } from './listed.js';
import { attachPointPages, attachTitledPages } from './point-pages.js';
import { dropBodyLists, findSubItems } from './sub-items.js';
import { letteredParents } from './lettered-parent.js';

/** The items read, each ended at the first excluded block in its body (signatures), with what lies within its end. */
export function cutItems(lines: readonly Line[], start: number, end: number, excluded: readonly Range[], inExcluded: (i: number) => boolean, read: ItemsRead): ItemLayout {
  // the document's heading, printed again over a later § where no page break was kept
  const heading = headingOf(lines, start, read.drafts[0]?.item.at ?? start);
  // (built by a loop, not `map()`: the arrays the built-in and the inlined `map` make are of different elements kinds,
  // and the lists made from this one meeting the other kind threw findItems' optimised code away)
  const read0: ItemSegment[] = [];
  for (const { item, limit, skipped } of read.drafts) {
    const { bodyStart } = item;
    // (the first excluded line of the body, from the few ranges rather than line by line)
    let itemEnd = limit;
    for (const r of excluded) {
      const from = Math.max(r.start, bodyStart);
      if (from < Math.min(r.end, end) && from < itemEnd) itemEnd = from;
    }
    // (the properties in the order items were always built in: one shape)
    const seg: ItemSegment = {
      header: item.header,
      at: item.at,
      titleLines: item.titleLines,
      titleText: item.titleText,
      caseNumber: item.caseNumber,
      bodyStart,
      row: item.row,
      end: trimEnd(lines, bodyStart, itemEnd),
      section: item.section,
      sectionType: item.sectionType,
      subItems: findSubItems(lines, bodyStart, itemEnd, item.header.number),
      repeats: [
        ...read.repeats.filter((r) => r >= bodyStart && r < itemEnd),
        ...pageHeads(lines, bodyStart, itemEnd),
        ...continuationMarks(lines, bodyStart, itemEnd, item.header.number),
        ...headingRepeats(lines, heading, bodyStart, itemEnd),
        ...(skipped >= 0 ? [skipped] : []),
      ],
    };
    // (a title run on with the text on the line under a lone heading: the text, as a run-on heading's is kept)
    if (item.runOn !== undefined) seg.runOn = item.runOn;
    read0.push(seg);
  }
  // `2.a …` / `2.b …` under no `2.` of its own: point 2
  const items = letteredParents(lines, read0);
  dropBodyLists(lines, items);
  if (read.style === 'agenda') attachPointPages(lines, items);
  // (`1. Mötets öppnande` … listed, then `Mötets öppnande` / its text …: each heading's text its point's)
  if (read.style === 'agenda' && items.every((it) => it.pages === undefined)) attachTitledPages(lines, items);
  const kept = titlesBeforeItems(lines, items);
  const nested = nestLabelled(kept);
  // `Val av justerare` / `1. Godkännande av dagordning`: a list's points before its first number (never a § heading's)
  const opening = read.style !== 'paragraph' && kept === items ? openingPoints(lines, nested[0], start, inExcluded) : [];
  // the order a list of titles and the items after it make is no fault of the numbering
  const listed = kept.length < items.length;
  const after = listed ? lines[kept[0]!.at]!.no : 0;
  const own = listed ? read.warnings.filter((w) => w.line === null || w.line > after) : [...read.warnings];
  return { style: read.style, items: [...opening, ...nested], warnings: own, ...(listed ? { listedAt: items[0]!.at } : {}) };
}

/**
 * `§ 3 a`, `§ 3 b` (or `§ 12:1`, `§ 12:2`) are sub-items of § 3: under a `§ 3` of their
 * own when the minutes have one, else under a § 3 that holds nothing but them (its title
 * the first one's).
 */
function nestLabelled(items: readonly ItemSegment[]): ItemSegment[] {
  const out: ItemSegment[] = [];
  for (const it of items) {
    const parent = out[out.length - 1];
    if (it.header.label === null || !parent || parent.header.number !== it.header.number) {
      if (it.header.label === null) out.push(it);
      else out.push({ ...it, header: { ...it.header, label: null }, bodyStart: it.at, row: null, end: it.end, subItems: [asSubItem(it)] });
      continue;
    }
    parent.subItems.push(asSubItem(it));
    parent.end = it.end;
  }
  return out;
}

const asSubItem = (it: ItemSegment): SubItemSegment => ({ label: it.header.label!, at: it.at, titleLines: it.titleLines, titleText: it.titleText, end: it.end });
