// Case numbers on lines of their own in an item's body: `(Dnr 1.4-393/2024)` in brackets, as a
// city's agendas print them, and a labelled one anywhere in the body where the heading gave none.
import { readCaseNumber } from '../text/case-number.js';
import type { Line } from '../text/line.js';

/** `(Dnr 1.4-393/2024)` → `Dnr 1.4-393/2024`: a line wholly in one pair of brackets, without them. */
export const unbracketed = (t: string): string => (t.charCodeAt(0) === 40 && t.endsWith(')') && t.indexOf(')') === t.length - 1 ? t.slice(1, -1).trim() : t);

/**
 * `Föreligger tjänsteutlåtande 2024-10-30.` / `(Dnr 1.2-443/2024)`: a line of the body that is
 * nothing but a labelled case number, anywhere in the body: the item's case number
 * where its heading gave none.
 */
export function labelledCaseIn(lines: readonly Line[], from: number, to: number): string | null {
  for (let i = from; i < to; i++) {
    const flat = lines[i]!.flat;
    // (every label says one of these: most lines are passed over by a plain test, asked of the line before its
    // brackets are taken off, which leave it four characters shorter at most: a bracket and a space at each end)
    if (flat.length > CASE_LINE_LENGTH + 4 || !MAY_LABEL_CASE.test(flat)) continue;
    const t = unbracketed(flat);
    if (t.length > CASE_LINE_LENGTH || !MAY_LABEL_CASE.test(t)) continue;
    const hit = readCaseNumber(t);
    if (hit && hit.before === '' && hit.after === '') return hit.caseNumber;
  }
  return null;
}
const CASE_LINE_LENGTH = 60;
const MAY_LABEL_CASE = /nr|nummer/i;
