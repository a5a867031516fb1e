// `Ks 50 Au 84` / `§ 12 Detaljplan …`, `Au § 85, Ks § 51` / `Kf § 12 …`: minutes that print, in
// the margin above a § heading, where the case was handled before (the organs' letters and their
// §§). The line belongs to the heading under it, as its case history: no text of the § above.
import { ATTACHMENT_WORDS } from '../lexicon/sv.js';
import { isBlank, type Line } from '../text/line.js';
import { ANY_LETTER, UPPER_LETTER } from '../text/letters.js';

// one to four organs with their §: two to five letters, a capital first (`Ks`, `KSAU`, `Sn`), the sign kept or lost
const HISTORY = new RegExp(`^[${UPPER_LETTER}][${ANY_LETTER}]{1,4}\\s?§?\\s?\\d{1,4}(?:[,;]?\\s{1,3}[${UPPER_LETTER}][${ANY_LETTER}]{1,4}\\s?§?\\s?\\d{1,4}){0,3}$`, 'u');
// `Bil 2`, `Bilaga 3` above the next heading: an attachment of the § above, no organ's letters
const ATTACHMENT = new Set<string>(ATTACHMENT_WORDS);
const FIRST_WORD = new RegExp(`^[${ANY_LETTER}]+`, 'u');
const isAttachment = (t: string): boolean => ATTACHMENT.has(FIRST_WORD.exec(t)![0].toLowerCase());
// how many lines such a margin holds (`Au § 84` / `Ks § 50`), blank lines between them and the heading at most one each
const MAX_HISTORY_LINES = 3;

/** The first of the history lines right above the heading at `at` (after `from`), or undefined. */
export function historyAbove(lines: readonly Line[], at: number, from: number): number | undefined {
  let first: number | undefined;
  let p = at - 1;
  for (let n = 0; n < MAX_HISTORY_LINES && p > from; n++) {
    if (isBlank(lines[p]!) && p - 1 > from) p--;
    const t = lines[p]!.flat;
    // (a capital first and a digit last: most lines are passed by at once)
    // (a blank line first, before its last character is read: a read before a string's start costs the function its optimised code)
    if (isBlank(lines[p]!)) break;
    const c = t.charCodeAt(t.length - 1);
    if (c < 48 || c > 57 || !HISTORY.test(t) || isAttachment(t)) break;
    first = p--;
  }
  return first;
}

// `Au § 84`, `KS 2024-05-02 § 45`, `Au § 85, Ks § 51`: the case's history on a line of its own under a lone heading or
// a title, each organ's letters (and the day it met) with the sign; without signs, two organs at least (`Sn 50 Au 84`),
// each of two to four letters (one alone is a title's word and year: `Plan 2025`)
const HISTORY_ENTRY = `[${UPPER_LETTER}][${ANY_LETTER}]{1,4}(?:\\s\\d{4}-\\d\\d-\\d\\d)?,?\\s?§\\s?\\d{1,4}`;
const SIGNED_HISTORY = new RegExp(`^${HISTORY_ENTRY}(?:[,;]?\\s{1,3}${HISTORY_ENTRY}){0,3}$`, 'u');
const UNSIGNED_ENTRY = `[${UPPER_LETTER}][${ANY_LETTER}]{1,3}\\s?\\d{1,4}`;
const UNSIGNED_HISTORY = new RegExp(`^${UNSIGNED_ENTRY}(?:[,;]?\\s{1,3}${UNSIGNED_ENTRY}){1,3}$`, 'u');
// (the longest four entries with their days make)
const HISTORY_LENGTH = 100;

/** The line is a case's history (`Au § 84`, `KS 2024-05-02 § 45`, `Sn 50 Au 84`): no title, nor a heading of its own. */
export function isCaseHistory(t: string): boolean {
  // (a digit last: most lines are passed by at once)
  const c = t.charCodeAt(t.length - 1);
  if (c < 48 || c > 57 || t.length > HISTORY_LENGTH) return false;
  return t.includes('§') ? SIGNED_HISTORY.test(t) : UNSIGNED_HISTORY.test(t) && !isAttachment(t);
}
