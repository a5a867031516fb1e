// Case (diarie) numbers as minutes write them beside an item's heading or on the line
// after it: `Dnr KS 2019/123`, `DNR:KU/2007.9`, `Dnr: KF/2006.366`, `Ärendenummer
// SLK-2025-01001`, `Dnr KS-2024-00011`, or alone in a column of their own (`KS 2019/123`,
// `2023-00250` in an agenda table's `Beteckning` column). The number is kept as written,
// without its label.
import { CASE_NUMBER_LABELS, ORGAN_ABBREVIATIONS } from '../lexicon/sv.js';
import { alternation, trimEndOf } from './patterns.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from './letters.js';

export interface CaseNumberHit {
  caseNumber: string;
  /** The text before and after it (a title beside it). */
  before: string;
  after: string;
}

// Finnish towns prefix their register's letters (`SOLDNR 142/02.06.01/2023`, `KSTDnr 12/00.01/2024`)
const REGISTER = `(?:[${ANY_LETTER}]{2,6}(?=dnr))?`;
const LABEL = new RegExp(`(?<![${ANY_LETTER}\\d])${REGISTER}(?:${alternation(CASE_NUMBER_LABELS)})(?![${ANY_LETTER}\\d])\\s*[:./]?\\s*`, 'iu');
// a token of a case number: holds a digit, or is a short all-capital series (`KS`, `SLK`)
const TOKEN = new RegExp(`^(?:(?=\\S*\\d)[${ANY_LETTER}\\d./:-]+|[${UPPER_LETTER}]{1,8}(?:-[${UPPER_LETTER}]{1,8})?[./:-]?|[./:–-])$`, 'u');
// the marks that may stand alone between two parts of a number
const SEPARATORS = './:–-';
// a bare case number in a column of its own: `KS 2019/123`, `KST: 52/2011` (a Finnish register's letters and colon), `KS-2024-00011`, `KS/2024:18`, `2023-00250`, `2019.123`
const BARE = new RegExp(`^(?:[${UPPER_LETTER}]{1,8}(?::\\s?|[ /-])?)?(?:\\d{2,4}[/.:-]\\d{1,6}(?:[/.:-]\\d{1,6})?)$`, 'u');
// a Finnish register's number: the case, the archive code, the year (`SBY/145/02.02.00/2024`, `KH 12/00.01/2024`)
const FINNISH = new RegExp(`^(?:[${UPPER_LETTER}]{1,8}[ /-]?)?\\d{1,6}\\/\\d{2}(?:\\.\\d{2}){0,3}\\/\\d{4}$`, 'u');
const DATE = /^\d{4}-\d{2}-\d{2}$/;
// `13.00`, `09:30`: an hour in a timetable's column, not a case number
const CLOCK = /^(?:[01]\d|2[0-3])[.:][0-5]\d$/;
const MAX_TOKENS = 4;

/** The case number a label introduces in `text`, wherever the label stands. */
export function readCaseNumber(text: string): CaseNumberHit | null {
  if (!MAY_HOLD.test(text)) return null;
  const m = LABEL.exec(text);
  if (!m) return null;
  const from = m.index + m[0].length;
  const words = text.slice(from).split(/(\s+)/);
  let taken = '';
  let count = 0;
  for (let k = 0; k < words.length && count < MAX_TOKENS; k += 2) {
    const w = words[k]!;
    if (w === '' || !TOKEN.test(w)) break;
    // two spaces or more end it: a column gap
    if (k > 0 && words[k - 1]!.length >= 2) break;
    // a dash or slash alone joins two parts (`002 – 412 / 06`) only where a part with a digit follows it, one space on
    // (`2024/12 – Beslut`: the dash is the title's); it counts as no part of its own
    const joint = w.length === 1 && SEPARATORS.includes(w);
    if (joint && !(words[k + 1] === ' ' && /\d/u.test(words[k + 2] ?? '') && TOKEN.test(words[k + 2]!))) break;
    taken += (k > 0 ? ' ' : '') + w;
    if (!joint) count++;
  }
  const caseNumber = trimEndOf(taken, '.,:;');
  if (!/\d/.test(caseNumber)) return null;
  return { caseNumber, before: text.slice(0, m.index).trim(), after: text.slice(from + taken.length).trim() };
}

// a label of the register opening the text (`Dnr`, `Diarienummer:`), `beteckning` left out: a word of titles too
const LEADING_LABEL = new RegExp(`^(?:${alternation(CASE_NUMBER_LABELS.filter((l) => !l.includes('beteckning')))})(?![${ANY_LETTER}\\d])\\s*[:.]?(?:\\s+|$)`, 'iu');

// `Dnr MB Information`, `Dnr A Yttrande`, `Dnr BN/`: the register's letters of a number whose digits a transcript dropped,
// before a title's word (a capital and a small letter) or ending the text (`VAL AV …`, a title in capitals, is no such)
const LETTERS_LEFT = new RegExp(`^[${UPPER_LETTER}]{1,8}(?:-[${UPPER_LETTER}]{1,8})?[./:-]?(?:\\s+(?=[${UPPER_LETTER}][${LOWER_LETTER}])|$)`, 'u');

/**
 * How long the case number's label is that opens a heading's text with no number after it
 * (`§ 1 Dnr Budget 2000`: a transcript dropped the number, or the template's field was left
 * empty), with the letters left of a number whose digits were dropped (`Dnr MB Information`):
 * the title starts after it. 0 when the text opens otherwise.
 */
export function emptyCaseLabel(text: string): number {
  if (!MAY_HOLD.test(text)) return 0;
  const m = LEADING_LABEL.exec(text);
  if (!m || readCaseNumber(text) !== null) return 0;
  const left = LETTERS_LEFT.exec(text.slice(m[0].length));
  return m[0].length + (left ? left[0].length : 0);
}

// the archive's class code a Finnish city's register writes after the number (`HEL 2019-013476 T 10 03 03`)
const ARCHIVE_CODE = ' T ';
const ARCHIVE_CLASS = /^\d\d(?: \d\d){1,3}$/u;
/** `HEL 2019-013476 T 10 03 03`: a bare case number, then the archive's class code. */
function withArchiveCode(t: string): boolean {
  const at = t.indexOf(ARCHIVE_CODE);
  if (at < 0 || !ARCHIVE_CLASS.test(t.slice(at + ARCHIVE_CODE.length))) return false;
  const number = t.slice(0, at);
  return BARE.test(number) && !DATE.test(number);
}

/** A column that is nothing but a case number (`KS 2019/123`, `2023-00250`), not a date. */
export const isBareCaseNumber = (column: string): boolean => {
  const t = column.trim();
  // every form ends on a plain digit (BARE's number, FINNISH's year, the archive's class code): most columns do not
  const last = t.charCodeAt(t.length - 1);
  if (!(last >= DIGIT_0 && last <= DIGIT_9)) return false;
  // (a Finnish number has two slashes at least)
  return (BARE.test(t) && !DATE.test(t) && !CLOCK.test(t)) || (t.indexOf('/') < t.lastIndexOf('/') && FINNISH.test(t)) || (t.includes(ARCHIVE_CODE) && withArchiveCode(t));
};
const DIGIT_0 = 48;
const DIGIT_9 = 57;

// `Budget 2025 SN 2024/12 Eva Dahl`: an agenda table flattened with single spaces puts the
// case number's column between the title and the presenter's; an organ's letters and a year
// make it one (`SN 2024/12`, `KS-2024-00011`), so a plain `2024/25` in a title is left alone
// (`Delårsrapport – KS 2024/120`: a dash between the title and the number is neither's)
const CASE_IN_ROW = new RegExp(`^(.*?\\S)(?:\\s+[–—-])?\\s+([${UPPER_LETTER}]{1,8}[ -]?(?:19|20)\\d{2}[/:.-]\\d{1,6}(?:[/.:-]\\d{1,6})?)(?:\\s+(\\S.*))?$`, 'u');
const MAY_ROW = /\d{4}[/:.-]\d/;

/** A bare case number with an organ's letters after a title in one row, and the row's text after it. */
export function caseNumberInRow(text: string): CaseNumberHit | null {
  if (!MAY_ROW.test(text)) return null;
  const m = CASE_IN_ROW.exec(text);
  return m ? { caseNumber: m[2]!, before: m[1]!, after: m[3] ?? '' } : null;
}

// `KS 2024/118 Budget 2025`, `SN-2024-00012 – Taxor`: an organ's letters and a year, then the title (a capital after it)
// (and `KS.2024.0118`, a register that writes the letters, the year and the number apart with full stops; `KSKF/2014:7`,
// one that writes a slash after the letters; `KS 412/2008`, `Ks 412/2008`, one that counts each year's cases, the year last,
// its letters a register's few, not a word of a title in capitals: `AVTAL 3/2020 MED …`; `KST: 52/2011`, a colon after them, as
// Swedish-language Finnish registers write it)
const ORGAN_LETTERS = `(?:[${UPPER_LETTER}]{1,8}|${alternation(ORGAN_ABBREVIATIONS)})`;
const CASE_OPENING = new RegExp(
  `^(${ORGAN_LETTERS}(?:[ .-]?(?:19|20)\\d{2}[/:.-]\\d{1,6}(?:[/.:-]\\d{1,6})?|\\/(?:19|20)\\d{2}[/:.-]\\d{1,6})|(?:[${UPPER_LETTER}]{1,4}|${alternation(ORGAN_ABBREVIATIONS)})(?::\\s?|[ -])?\\d{1,6}\\/(?:19|20)\\d{2})(?:\\s+[–—-])?\\s+(?=[${UPPER_LETTER}"”(])`,
  'u',
);

// `KS 2012/172 51 Remissvar …`: the same number, then the register's filing code without its label (a number of one to three
// digits, or groups of two parted by full stops: `51`, `00.01`), then the title
const CASE_FILED_OPENING = new RegExp(
  `^(${ORGAN_LETTERS}[ .-]?(?:19|20)\\d{2}[/:.-]\\d{1,6}) {1,3}(?:\\d{1,3}|\\d{2}(?:\\.\\d{2}){1,3}) {1,3}(?=[${UPPER_LETTER}"”(])`,
  'u',
);

/**
 * A bare case number with an organ's letters and the year opening a heading's text, with or without the register's filing
 * code after it, its title after them: `KS 2012/172 51 Remissvar …` → `KS 2012/172` and the title.
 */
export function caseNumberFiledOpening(text: string): CaseNumberHit | null {
  const plain = caseNumberOpening(text);
  if (plain !== null) return plain;
  // (the same cheap tests as caseNumberOpening's first: a capital first, a year in reach)
  const c = text.charCodeAt(0);
  if (!(c >= 65 && c <= 90) && c < 0xc0) return null;
  const m = CASE_FILED_OPENING.exec(text);
  return m ? { caseNumber: m[1]!, before: '', after: text.slice(m[0].length) } : null;
}

// where the year may start: past the organ's letters, at most eight, and one mark; or, the year last, past a register's
// few letters (at most four, or an abbreviation of the lexicon's), a mark (a colon and a space at most), a number of at most six digits and its slash
const YEAR_AT = Math.max(8 + 1, Math.max(4, ...ORGAN_ABBREVIATIONS.map((a) => a.length)) + 2 + 6 + 1);
/** A bare case number with an organ's letters opening a heading's text, its title after it: the number and the title. */
export function caseNumberOpening(text: string): CaseNumberHit | null {
  // (its letters first, a digit within reach: most titles are passed by before the pattern)
  const c = text.charCodeAt(0);
  if (!(c >= 65 && c <= 90) && c < 0xc0) return null;
  // (and the year after at most eight letters and a mark, each letter one code unit: `19` or `20` first found where it may stand)
  const at19 = text.indexOf('19');
  const at20 = text.indexOf('20');
  if (!((at19 >= 1 && at19 <= YEAR_AT) || (at20 >= 1 && at20 <= YEAR_AT))) return null;
  const m = CASE_OPENING.exec(text);
  return m ? { caseNumber: m[1]!, before: '', after: text.slice(m[0].length) } : null;
}

// every label has one of these stems: a cheap test before the pattern
const MAY_HOLD = /nr|nummer|beteckning/i;

// `Frågor 2014/6 7`, `Donation av mark 2014/487 AKK`, `Taxor 2013/`: an agenda table flattened with single spaces leaves its
// case-number column (a bare year and number, the number maybe lost) and its page or register column at the title's end
// (the title may end on a number of its own, `Budgetuppföljning augusti 2015 2015/12 EKO`, `Ekbacken 2:14 2015/88 PLN`)
const CASE_AT_END = new RegExp(`^(.*[${ANY_LETTER})\\d])\\s+((?:19|20)(\\d{2})\\/(\\d{0,6}))(?:\\s+(?:\\d{1,3}|[${UPPER_LETTER}]{2,5}))?$`, 'u');

/** A bare case number (and a page or register's letters) ending a flattened row's title: the title before it and the number. */
export function bareCaseNumberAtEnd(text: string): CaseNumberHit | null {
  if (!text.includes('/')) return null;
  const m = CASE_AT_END.exec(text);
  if (!m) return null;
  // (`Läsåret 2021/2022`, `Budget 2014/15`: a school or financial year, the next year after the slash, is the title's)
  const next = (Number(m[3]) + 1) % 100;
  const after = m[4]!;
  if (after !== '' && (Number(after) === next || Number(after.slice(-2)) === next && after.length === 4)) return null;
  return /\p{L}{2}/u.test(m[1]!) ? { caseNumber: m[2]!, before: m[1]!, after: '' } : null;
}
