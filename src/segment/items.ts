// Where the numbered items are: one numbering style per document (the one that yields
// the longest increasing run), each item's title lines, its sub-items (`a.`, `### b.`),
// and the group headings (`Informationsärenden`) that stand between items.
import type { Openers } from '../text/contents.js';
import { isBlank, type Line } from '../text/line.js';
import { mayOpenItem, openersOfFile } from '../text/numbering.js';
import type { ItemLayout, Range } from './items/types.js';
import { type ItemsRead, noneLost, readItems } from './items/read.js';
import { cutItems } from './items/cut.js';
import { attachmentEntries } from './items/attachment-list.js';
import { bulletItems } from './items/bullets.js';
import { letteredItems } from './items/lettered.js';
import { noteHeadingItems } from './items/note-headings.js';
import { runOnHeadingItems } from './items/run-on-headings.js';
import { unnumberedRowItems } from './items/unnumbered-rows.js';
export type { ItemLayout, ItemSegment, PointPage, Range, SubItemSegment } from './items/types.js';
export { sectionOf } from './items/line-kinds.js';
export { caseNumberAtEnd } from './items/case-around.js';

/**
 * The lines that may open an item, marked for `findContents` and `findItems` to share: the
 * file's marks, which the split made (both read only the lines of their document).
 */
export const openersOf = (lines: readonly Line[]): Openers => openersOfFile(lines);

/**
 * Whether a line lies in one of the ranges: a table of lines only where there are ranges
 * (most documents have none, and a typed array costs more to make than the lines to read).
 */
function excludedTest(excluded: readonly Range[], end: number): (i: number) => boolean {
  if (excluded.length === 0) return () => false;
  const marked = new Uint8Array(end);
  for (const r of excluded) marked.fill(1, r.start, Math.min(r.end, end));
  return (i) => marked[i] === 1;
}

// what each layout was read from (a layout is one document's, kept only while it is)
const READS = new WeakMap<ItemLayout, ItemsRead>();

/**
 * The items between `start` and `end`, none opening in an excluded range (and each ending
 * before the first one in its body). `before`, the same document's layout with fewer ranges
 * excluded: where the ranges added take none of its possible headings, its items are only cut again.
 */
export function findItems(lines: readonly Line[], start: number, end: number, excluded: readonly Range[], openers?: Openers, before?: ItemLayout, notes = false): ItemLayout {
  const inExcluded = excludedTest(excluded, end);

  // which lines may open an item at all: asked once, not once per style (each style then reads those few)
  let may: number[] = [];
  for (let i = start; i < end; i++) if ((openers ? openers[i] === 1 : !isBlank(lines[i]!) && mayOpenItem(lines[i]!)) && !inExcluded(i)) may.push(i);
  // (`Bilagor` / `1. Budget` / `2. …`: a list of attachments opens no item)
  const attached = attachmentEntries(lines, may, start);
  if (attached !== null) may = may.filter((i) => !attached.has(i));
  const earlier = before === undefined ? undefined : READS.get(before);
  const same = earlier !== undefined && earlier.lines === lines && earlier.start === start && earlier.end === end && noneLost(earlier.may, may, lines, end);
  const read = same ? earlier : readItems(lines, start, end, may);
  if (read === null) {
    // no numbers at all: an agenda or notes written as a bulleted list (`• Mötets öppnande`)
    // (or lettered: `a) Mötets öppnande`, `b) Val av justerare`; or, in notes, headed: `Ekonomi` / `Utfallet redovisades.`)
    // (of minutes and notices only where the first heading opens the meeting: `Mötets öppnande`)
    // (or with each text run on after its heading: `Mötets öppnande Eva Ek hälsar …` / `Ekonomi Kassören redovisar …`)
    const headings = noteHeadingItems(lines, start, end, inExcluded, !notes);
    const headed = headings.length > 0 ? headings : runOnHeadingItems(lines, start, end, inExcluded);
    const bullets = headed.length > 0 ? headed : bulletItems(lines, start, end, inExcluded);
    const lettered = bullets.length > 0 ? bullets : letteredItems(lines, start, end, inExcluded);
    // (or a table's rows under `Ärende   Föredragande   Bilaga`, no number column)
    const points = lettered.length > 0 ? lettered : unnumberedRowItems(lines, start, end, inExcluded);
    return { style: points.length > 0 ? 'bullet' : null, items: points, warnings: [] };
  }
  const layout = cutItems(lines, start, end, excluded, inExcluded, read);
  READS.set(layout, read);
  return layout;
}
