// A line that is nothing but a case number, and a web agenda's line restating the point's number beside one.
import { isBareCaseNumber, readCaseNumber } from '../../text/case-number.js';
import { unbracketed } from '../case-lines.js';
import { isBlank, type Line } from '../../text/line.js';
import { CASE_LINE_NOTES } from '../../lexicon/sv.js';
import { trimEndOf } from '../../text/patterns.js';
import type { ItemHeader } from '../../text/numbering.js';

// `1 Budget 2024` / `Ärende 1 Diarienummer 2023/KS 0362`: a web agenda restates the point's number
// beside its case number under the heading; the line is the case number's, no heading of its own
const POINT_RESTATED = /^(?:ärende|punkt)\s{1,3}\d{1,3}[.:]?$/iu;
/** The line restates the point above it: `Ärende 1 Dnr …` under `1 Title` (a blank line between at most). */
export function restatesPoint(lines: readonly Line[], i: number, header: ItemHeader): boolean {
  if (header.rest !== '' || header.caseNumber === null || header.style !== 'punkt') return false;
  let k = i - 1;
  while (k >= 0 && k >= i - 2 && isBlank(lines[k]!)) k--;
  const above = k >= 0 && k < i ? lines[k]!.text : '';
  return above.startsWith(`${header.number} `) || above.startsWith(`${header.number}. `);
}
const CASE_NOTES = new Set<string>(CASE_LINE_NOTES);
// `(framställd 16/2)`, `(framställd 18/2, bordlagd 29/4)`: a short note in brackets
const BRACKETED_NOTE = /^\([^()]{1,40}\)$/u;
/** What follows a case number on its line is a note on how the point is handled (`Omedelbar justering`, `(framställd 16/2)`). */
const isCaseNote = (after: string): boolean => BRACKETED_NOTE.test(after) || CASE_NOTES.has(trimEndOf(after, '.').toLowerCase());

/**
 * A line that is nothing but a case number: with its label (`Dnr 2023/12`, `Diarienummer:
 * KS 2019/1`), or alone with an organ's letters, a slash or a year first (`KS 2023/101`,
 * `1234/22`, `2023-00250`; not `10.30`).
 */
export const referenceOn = (line: Line): string | null => {
  // `(Dnr 1.4-393/2024)`: the line in brackets, as a city's agendas print it
  // (with its label only: `(2023:45)` under a title is the number of the report it names)
  const hit = readCaseNumber(unbracketed(line.flat));
  if (hit) return (hit.before === '' || POINT_RESTATED.test(hit.before)) && (hit.after === '' || isCaseNote(hit.after)) ? hit.caseNumber : null;
  const t = line.flat;
  return isBareCaseNumber(t) && (/\p{Lu}|\//u.test(t) || /^\d{4}/u.test(t)) ? t : null;
};
