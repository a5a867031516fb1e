// What makes the lines at the pages' edges comparable: a line's page counter, its key (the same on
// every page where only the counter differs), its print (first letters, a cheap first test), and whether it is a letterhead.
import { KIND_TITLES } from '../lexicon/sv.js';
import { KIND_STEM } from '../text/kind-stem.js';
import { collapse, type Line } from '../text/line.js';
import { recogniseItemHeader } from '../text/numbering.js';
import { PAGE_COUNT, PAGE_WORD } from '../text/page-counter.js';
import { alternation, opensLikeTwo } from '../text/patterns.js';
import { ANY_LETTER, UPPER_LETTER } from '../text/letters.js';

// (`8/2023` is a protocol's number in its year, not page 8 of 2023; `Sida 2(9)` is one counter)
export const COUNTER = new RegExp(`(?<![${ANY_LETTER}\\d])${PAGE_WORD}\\s*\\d{1,4}${PAGE_COUNT}?(?!\\d)|(?<![\\d([])\\d{1,4}\\s*[([]\\s*\\d{1,4}\\s*[)\\]](?![\\d)\\]])|(?<![\\d/])\\d{1,4}\\s*\\/\\s*(?!(?:19|20)\\d\\d(?!\\d))\\d{1,4}\\s*(?:sidor)?$`, 'iu');
export const MAX_LENGTH = 150;
// every counter says a counter's word (`sid`, `blad`, `page`) or has a bracket or a slash: tested before COUNTER
export const MAY_COUNT = new RegExp(`${PAGE_WORD}|[([/]`, 'i');
const COUNTED = /\d+/g;
/**
 * The line's page counter: a page no later than the count (`2 (3)`, `Sida 2 av 11`). A case
 * number at a line's end (`Dnr BMN 2023/101`, `KS 2024/12`) has the shape of `page / pages` but
 * counts down: no counter, or every § whose case number ends a line would start a page.
 */
export function counterIn(text: string): RegExpExecArray | null {
  const m = COUNTER.exec(text);
  if (!m) return null;
  const numbers = m[0].match(COUNTED)!;
  return numbers.length === 2 && Number(numbers[0]) > Number(numbers[1]) ? null : m;
}
export const DIGIT = /\d/;
// every item heading has a § near its start, or opens with a number or a numeral
// (and an organ's letters before a number before the sign: `KST 24 §`, Swedish-language Finnish minutes)
export const MAY_BE_ITEM = new RegExp(`^\\S{0,8}\\s{0,3}[§$]|^\\d|^[IVX]+[.)]|^(?:punkt|ärende)\\s|^[${UPPER_LETTER}]{1,8}\\s\\d{1,4}\\s?[§$]`, 'iu');
// (what MAY_BE_ITEM's anchored forms open with, in either case: a numeral's letter, `punkt`'s, `ärende`'s; no other letter
// folds to one of them; a digit, or a sign within its reach, open the others)
const ITEM_OPENS = new Set<number>([...'IVXivxPpÄä'].map((c) => c.charCodeAt(0)));
// (the sign stands within the first 12 characters of the first form, the first 15 of the last: `ABCDEFGH 1234 §`)
const SIGN_REACH = 15;
/**
 * MAY_BE_ITEM, asked first by the characters every match needs (a digit or one of ITEM_OPENS first, or a sign near
 * the start): most lines have none, and the pattern's Unicode case folding is dear even where it fails at once.
 */
export function mayBeItem(text: string): boolean {
  const c = text.charCodeAt(0);
  if (!((c >= 48 && c <= 57) || ITEM_OPENS.has(c))) {
    let sign = false;
    for (let i = 0, end = Math.min(text.length, SIGN_REACH); i < end && !sign; i++) {
      const k = text.charCodeAt(i);
      sign = k === 0xa7 || k === 36;
    }
    if (!sign) return false;
  }
  return MAY_BE_ITEM.test(text);
}
// how many content lines at the top and at the bottom of a page may be furniture
export const TOP_LINES = 6;
// how many letters make a line's print
const PRINT = 6;

// a number that may count pages (`PROTOKOLL 2`); a date or a time (`2024-11-27 09:46:18`) is
// the same on every page of a running header, and a differing one is content
export const LONE_NUMBER = /(?<![\d:./-])\d{1,4}(?![\d:./-])/g;

/** A line's text without its page counter, lower case, lone numbers masked: the same on every page. */
export const keyOf = (line: Line): string => {
  // an item heading is never masked: `§ 4 Dnr KF/2006.1` and `§ 5 Dnr KF/2006.2` differ
  if (mayBeItem(line.text) && recogniseItemHeader(line)) return `§ ${line.text.toLowerCase().replace(/\s+/g, ' ')}`;
  const digits = DIGIT.test(line.text);
  const counter = digits && MAY_COUNT.test(line.text) ? counterIn(line.text) : null;
  const uncounted = counter ? line.text.slice(0, counter.index) + ' ' + line.text.slice(counter.index + counter[0].length) : line.text;
  const text = digits ? uncounted.replace(LONE_NUMBER, '#') : line.text;
  return collapse(text.toLowerCase());
};

/** A character that has cases: what a print keeps. */
const isCased = (c: string): boolean => c !== c.toUpperCase() || c !== c.toLowerCase();
// U+0080 to U+00FF as a print keeps them: the lower case of a cased one, else nothing
const LATIN1_PRINT: readonly string[] = Array.from({ length: 128 }, (_, k) => {
  const c = String.fromCharCode(128 + k);
  return isCased(c) ? c.toLowerCase() : '';
});
/** The first letters of a line, lower case: lines with the same key share it. */
export const printOf = (text: string): string => {
  let out = '';
  for (let i = 0; i < text.length && out.length < PRINT; i++) {
    // (an ASCII letter by its code: asking every character for its cases cost more than the rest of the scan)
    const code = text.charCodeAt(i);
    if (code < 128) {
      const lower = code | 32;
      if (lower >= 97 && lower <= 122) out += String.fromCharCode(lower);
      continue;
    }
    // (a Latin-1 one, `å`, `Ä`, by a table made with the same test: two case conversions for each cost most of the scan)
    if (code < 256) {
      const letter = LATIN1_PRINT[code - 128]!;
      if (letter !== '') out += letter;
      continue;
    }
    const c = text[i]!;
    if (isCased(c)) out += c.toLowerCase();
  }
  return out;
};

const CELL_GAP = /\t|\s{2,}/u;
// a letterhead is a short line
const LETTERHEAD_LENGTH = 100;
// a letterhead names the kind of document in a cell of its own: `KRONVIK KOMMUN   SAMMANTRÄDESPROTOKOLL   Nr 9/2023`
const KIND_CELL = new RegExp(`^(?:${alternation(Object.values(KIND_TITLES).flat())})(?:\\s+(?:nr\\.?\\s*)?\\d[\\d/.-]*)?$`, 'iu');
// a tab or two spaces: one search of the line (two plain searches cost more, a call each; most lines have neither)
const HAS_GAP = /\t| {2}/;
// (a line without a gap is one cell, which the anchored pattern reads from its first letter: most lines fail
// there, where the stem's search reads the whole line; normalise leaves no white space but spaces and tabs)
export const isLetterhead = (text: string): boolean =>
  text.length <= LETTERHEAD_LENGTH &&
  (HAS_GAP.test(text)
    ? KIND_STEM.test(text) && text.split(CELL_GAP).some((cell) => KIND_CELL.test(cell.trim()))
    : oneCellLetterhead(text.trim()) && KIND_STEM.test(text));
// (and before the pattern, whose Unicode case folding makes even its first letter dear, a look at the cell's first two
// characters: pageStarts asks it of every line of a text without page breaks, where it was a third of the time)
const opensLikeKind = opensLikeTwo(Object.values(KIND_TITLES).flat());
const oneCellLetterhead = (cell: string): boolean => opensLikeKind(cell) && KIND_CELL.test(cell);
/** The text may open with a kind's name (its first two characters), as `opensLikeTwo` of every kind's words answers. */
export const mayOpenWithKind = (text: string): boolean => opensLikeKind(text);
