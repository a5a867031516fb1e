// `Lämnade mötet efter § 9`, `(anslöt under punkt 3)`: a line that is only a remark on the
// attendance of the person listed above it. It continues a participant list, and names nobody.
import { ATTENDANCE_CHANGE } from '../lexicon/sv.js';
import { alternation } from './patterns.js';
import { LOWER_LETTER, UPPER_LETTER } from './letters.js';

const REMARK_LINE = new RegExp(
  `^\\(?(?:${alternation([...ATTENDANCE_CHANGE.leaves, ...ATTENDANCE_CHANGE.arrives, ...ATTENDANCE_CHANGE.present, ...ATTENDANCE_CHANGE.not])})\\s.*(?:[§$]|punkt|ärende)`,
  'iu',
);

export const isAttendanceRemark = (text: string): boolean => REMARK_LINE.test(text);

// `Ingrid Sjö öppnade mötet och hälsade alla välkomna.`, `Ordförande Karl Ek hälsade …`: a
// sentence of the minutes under a list of people (it ends the list), a name and a verb in the past, no § or time in it
// (the title before the name also as its letters, `LD Jan Ek informerade …`, `KSO Per Ås redogjorde …`)
const REPORTS = new RegExp(`^(?:[${UPPER_LETTER}][${LOWER_LETTER}]+\\s|[${UPPER_LETTER}]{2,4}\\s)?[${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?\\s[${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?\\s[${LOWER_LETTER}]+(?:de|te)\\s[${LOWER_LETTER}]`, 'u');
export const reportsOpening = (text: string): boolean => text.endsWith('.') && !/[\d§]/.test(text) && REPORTS.test(text);

// the verbs of the sentence that opens the minutes' text: only these mark one inside a line, where a
// remark on a person's attendance (`Per Lind lämnade mötet.`) may also stand
const OPENS_INSIDE = new RegExp(`\\s(?=(?:[${UPPER_LETTER}][${LOWER_LETTER}]+\\s)?[${UPPER_LETTER}][${LOWER_LETTER}]+\\s[${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?\\s(?:öppnade|hälsade|förklarade)\\s)`, 'u');

/**
 * `… Leif Rask (punkt 5) Olle Sand öppnade mötet och hälsade alla välkomna.`: where the sentence
 * that opens the minutes starts, run on after the last list of a flattened page; -1 where none does.
 */
export function openingReportAt(text: string): number {
  // (the cheap test: the sentence ends the text, and one of its verbs is in it)
  if (!text.endsWith('.') || !text.includes('ade ')) return -1;
  const m = OPENS_INSIDE.exec(text);
  return m && reportsOpening(text.slice(m.index + 1)) ? m.index : -1;
}
