// A filing code, the class of the register's plan a case is filed under, as minutes write it
// beside an item's heading or on the line under it: `Diariekod: 609`, `Arkivkod 02.05`,
// `Diariekod 00 01 02`. It says where the case is filed, not which case it is, so it is kept
// out of the title and is no case number either.
import { FILING_CODE_LABELS } from '../lexicon/sv.js';
import { alternation } from './patterns.js';
import { ANY_LETTER } from './letters.js';

// the label, then the code: digits in up to four groups, parted by a full stop or a dash, or by a space between pairs
const CODE = new RegExp(
  `(?<![${ANY_LETTER}\\d])(?:${alternation(FILING_CODE_LABELS)})(?:[:.]\\s?|\\s[:.]?\\s?)\\d{1,4}(?:[.-]\\d{1,4}|\\s\\d{2}(?!\\d)){0,3}(?![${ANY_LETTER}\\d.-])`,
  'iu',
);
// every label ends in this: a cheap test before the pattern
const MAY_HOLD = /kod/i;

/** The text before and after a filing code in `text`, or null where it holds none. */
export function filingCode(text: string): { before: string; after: string } | null {
  if (!MAY_HOLD.test(text)) return null;
  const m = CODE.exec(text);
  return m ? { before: text.slice(0, m.index).trim(), after: text.slice(m.index + m[0].length).trim() } : null;
}

/** A line that is nothing but a filing code (`Diariekod: 609`). */
export function isFilingCodeLine(text: string): boolean {
  const hit = text.length <= FILING_LINE_MAX ? filingCode(text) : null;
  return hit !== null && hit.before === '' && hit.after === '';
}
const FILING_LINE_MAX = 40;
