// Titles printed above their bare § (`Årsredovisning 2023` / `§ 21`).
import { isBlank, type Line, nextContent } from '../../text/line.js';
import { referenceOn } from './reference.js';
import { ENDS_SENTENCE, endsOnLink, isSentence } from './line-kinds.js';
import { BLOCK_LINE, MAX_TITLE_LINES } from './title-lines.js';
import { ANY_LETTER, OPENS_UPPER, UPPER_LETTER } from '../../text/letters.js';

/** A title block standing right above a heading line, no blank line between. */
export function titleRightAbove(lines: readonly Line[], at: number, start: number): number[] {
  if (at - 1 < start || isBlank(lines[at - 1]!) || referenceOn(lines[at - 1]!) !== null) return [];
  const span = headingAbove(lines, at, start);
  return span[span.length - 1] === at - 1 ? span : [];
}

// `Kaj/3` / `76 §`: a section's or preparer's running code alone above the § (Finnish cities' meeting systems) is no title
const SECTION_CODE_LINE = new RegExp(`^[${UPPER_LETTER}][${ANY_LETTER}]{1,5}\\/\\d{1,3}$`, 'u');
const isTitleLine = (t: string): boolean => t.length <= BLOCK_LINE * 2 && !ENDS_SENTENCE.test(t) && !/\d{4}-\d{2}-\d{2}|§/u.test(t) && !(t.includes('/') && SECTION_CODE_LINE.test(t));

/** A short heading right above a § (a blank line between at most), that opens the document's text or is set off: its lines. */
export function headingAbove(lines: readonly Line[], at: number, start: number): number[] {
  let p = at - 1;
  while (p >= start && isBlank(lines[p]!)) p--;
  if (p < start || at - p > 3) return [];
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

// (a sentence ended: the previous §'s body, above a heading that opens the next)
const ENDS_STOP = /[.!?]$/u;

/**
 * `Budgetuppföljning` / `§ 61` / `Ekonomen redovisade …`, a blank line between any two or none: web transcriptions of
 * minutes put each heading first and the body under the bare number. The heading's line where the body under the §
 * reads as a sentence (`strict`: five words at least, as the document is judged by; else any sentence, once the
 * document is known to write its titles so), and the heading is set off from what stands above it (`strict`): a blank
 * line, or the previous body's sentence ended there.
 */
export function titleOverBody(lines: readonly Line[], at: number, start: number, next: number, strict: boolean): number[] {
  const under = nextContent(lines, at + 1, next);
  const body = under >= 0 ? lines[under]!.flat : '';
  if (!(strict ? isSentence(body) : ENDS_STOP.test(body))) return [];
  const set = headingAbove(lines, at, start);
  if (set.length > 0) return set;
  const p = at - 1;
  if (p < start || isBlank(lines[p]!) || !isTitleLine(lines[p]!.flat) || !OPENS_UPPER.test(lines[p]!.flat) || referenceOn(lines[p]!) !== null) return [];
  // (once the document writes its titles so, the heading right above needs no setting off: `Närvarande: …` / `Upprop` / `§ 1`)
  return !strict || p - 1 < start || ENDS_STOP.test(lines[p - 1]!.flat) ? [p] : [];
}
