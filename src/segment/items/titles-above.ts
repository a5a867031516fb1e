// Titles printed above their bare § (`Årsredovisning 2023` / `§ 21`).
import { isBlank, type Line } from '../../text/line.js';
import { referenceOn } from './reference.js';
import { ENDS_SENTENCE, endsOnLink } from './line-kinds.js';
import { BLOCK_LINE, MAX_TITLE_LINES } from './title-lines.js';
import { OPENS_UPPER } from '../../text/letters.js';

/** A title block standing right above a heading line, no blank line between. */
export function titleRightAbove(lines: readonly Line[], at: number, start: number): number[] {
  if (at - 1 < start || isBlank(lines[at - 1]!) || referenceOn(lines[at - 1]!) !== null) return [];
  const span = headingAbove(lines, at, start);
  return span[span.length - 1] === at - 1 ? span : [];
}

/** A short heading right above a § (a blank line between at most), that opens the document's text or is set off: its lines. */
export function headingAbove(lines: readonly Line[], at: number, start: number): number[] {
  let p = at - 1;
  while (p >= start && isBlank(lines[p]!)) p--;
  if (p < start || at - p > 3) return [];
  const isTitleLine = (t: string): boolean => t.length <= BLOCK_LINE * 2 && !ENDS_SENTENCE.test(t) && !/\d{4}-\d{2}-\d{2}|§/u.test(t);
  if (!isTitleLine(lines[p]!.flat)) return [];
  // `Årsredovisning 2023 för` / `Räddningstjänsten Norrdal` / `§ 21`: a title wrapped over the lines right above
  let from = p;
  while (from - 1 >= start && p - from + 1 < MAX_TITLE_LINES && !isBlank(lines[from - 1]!) && endsOnLink(lines[from - 1]!.flat) && isTitleLine(lines[from - 1]!.flat)) from--;
  if (!OPENS_UPPER.test(lines[from]!.flat)) return [];
  // the first content of the document, or set off from what stands above it
  let q = from - 1;
  while (q >= start && isBlank(lines[q]!)) q--;
  if (q >= start && from - q < 2) return [];
  const span: number[] = [];
  for (let i = from; i <= p; i++) span.push(i);
  return span;
}
