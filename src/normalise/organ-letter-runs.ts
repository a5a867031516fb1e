// Minutes whose § headings write the organ's letters before the number and no sign (`IR 36 Val av justerare`,
// `KHR 5 Tillgänglighet i parkerna`, `Miln 33 …`), letters the lexicon does not know, each heading opening its line:
// where the same letters open two lines or more whose numbers count up by one, those lines are the document's
// headings, and each gets its sign (`IR § 36 Val av justerare`), which the items stage reads as it reads `KS § 12`.
// A heading between two of the run whose number a transcript lost (`Bu / Taxor 2025` between `Bu 12` and `Bu 14`)
// gets the number back. One line alone, or numbers that do not count up, change nothing.
import { ATTACHMENT_WORDS, CASE_NUMBER_LABELS, ORGAN_ABBREVIATIONS, PAGE_WORDS, POINT_PAGE_WORDS, SECTION_REFERENCE_WORDS } from '../lexicon/sv.js';
import { LOWER_LETTER, UPPER_LETTER } from '../text/letters.js';

// the letters (two to five capitals, or a capital and one to four small letters), the number (or the slash of a lost
// one) and the title's first character after it, a capital or a quote
const HEAD = new RegExp(`([${UPPER_LETTER}]{2,5}|[${UPPER_LETTER}][${LOWER_LETTER}]{1,4}) (\\d{1,4}|\\/) (?=["”${UPPER_LETTER}])`, 'uy');
// words that stand before a number at a line's start and are no organ's (a page, a point, a case's label, an attachment);
// and the organs the lexicon knows, whose headings the items stage reads as they stand (`Kf 73 Ks 94 dnr …`, with the
// case's history after them)
const NO_ORGAN = new Set<string>([...ORGAN_ABBREVIATIONS, ...PAGE_WORDS, ...POINT_PAGE_WORDS, ...CASE_NUMBER_LABELS, ...SECTION_REFERENCE_WORDS, ...ATTACHMENT_WORDS, 'nr', 'kap', 'tel', 'box', 'fax', 'rum', 'plan', 'vecka', 'v'].map((w) => w.toLowerCase()));
// a run is two headings at least
const MIN_RUN = 2;
// how far into the line the letters' space may stand
const LETTERS_REACH = 6;

const isCapital = (c: number): boolean => (c >= 65 && c <= 90) || c === 0xc5 || c === 0xc4 || c === 0xd6;
const isDigitOrSlash = (c: number): boolean => (c >= 48 && c <= 57) || c === 47;

interface Head {
  /** Offset of the number (or the slash) in the text. */
  at: number;
  letters: string;
  number: number | null;
}

/** The first space in text[from..to], or -1 (an `indexOf` would run on to the text's end on every line with no space
 * near its start — a text of many one-word lines made the scan quadratic). */
function spaceWithin(text: string, from: number, to: number): number {
  for (let i = from; i <= to && i < text.length; i++) if (text.charCodeAt(i) === 32) return i;
  return -1;
}

// (a transcript's number for the page may stand before them: `2 IR 36 Val av justerare Till justerare utses …`)
const PAGE_NUMBER = /\d{1,3} /y;
/** The line at offset `start` opens with an organ's letters and a number: a capital first, a digit soon after a space. */
function headAt(text: string, start: number): Head | null {
  if (!isCapital(text.charCodeAt(start))) {
    if (!isDigitOrSlash(text.charCodeAt(start))) return null;
    PAGE_NUMBER.lastIndex = start;
    if (!PAGE_NUMBER.test(text)) return null;
    start = PAGE_NUMBER.lastIndex;
    if (!isCapital(text.charCodeAt(start))) return null;
  }
  const space = spaceWithin(text, start + 1, start + LETTERS_REACH);
  if (space < 0 || !isDigitOrSlash(text.charCodeAt(space + 1))) return null;
  HEAD.lastIndex = start;
  const m = HEAD.exec(text);
  if (!m || NO_ORGAN.has(m[1]!.toLowerCase())) return null;
  return { at: space + 1, letters: m[1]!, number: m[2] === '/' ? null : Number(m[2]) };
}

/** The heads of each run: same letters, numbers counting up by one (a lost number between two of them counted). */
function runs(heads: readonly Head[]): Head[][] {
  const byLetters = new Map<string, Head[]>();
  // (each head pushed onto its letters' list: a copy of the list at each head made a text of many such lines quadratic)
  for (const h of heads) {
    const list = byLetters.get(h.letters);
    if (list) list.push(h);
    else byLetters.set(h.letters, [h]);
  }
  const out: Head[][] = [];
  for (const list of byLetters.values()) {
    let run: Head[] = [];
    const close = (): void => {
      // (a lost number at the run's end has no number after it to confirm it)
      while (run.length > 0 && run[run.length - 1]!.number === null) run.pop();
      if (run.filter((h) => h.number !== null).length >= MIN_RUN) out.push(run);
      run = [];
    };
    for (const h of list) {
      const last = run[run.length - 1];
      const expected = last === undefined ? null : last.number === null ? (run[run.length - 2]?.number ?? -2) + 2 : last.number + 1;
      if (last !== undefined && (h.number === expected || (h.number === null && last.number !== null))) run.push(h);
      else {
        close();
        if (h.number !== null) run.push(h);
      }
    }
    close();
  }
  return out;
}

export function restoreOrganLetterSigns(text: string): string {
  const heads: Head[] = [];
  for (let start = 0; start < text.length; ) {
    const h = headAt(text, start);
    if (h) heads.push(h);
    const end = text.indexOf('\n', start);
    if (end < 0) break;
    start = end + 1;
  }
  if (heads.length < MIN_RUN) return text;
  const edits: { at: number; number: number | null; lost: number }[] = [];
  for (const run of runs(heads)) {
    run.forEach((h, k) => edits.push({ at: h.at, number: h.number, lost: h.number === null ? run[k - 1]!.number! + 1 : 0 }));
  }
  if (edits.length === 0) return text;
  edits.sort((a, b) => a.at - b.at);
  let out = '';
  let last = 0;
  for (const e of edits) {
    // (the lost number's slash gives way to the number)
    out += `${text.slice(last, e.at)}§ ${e.number === null ? e.lost : ''}`;
    last = e.number === null ? e.at + 1 : e.at;
  }
  return out + text.slice(last);
}
