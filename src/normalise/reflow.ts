// Pages that a web archive or an HTML-to-text converter flattened onto one line
// (`1(3) MINNESANTECKNINGAR … Datum: 2023-02-09 Tid: 13.00-15.30 Närvarande: … 1.
// Inledning …`, `… Informationen noteras. Justerandes signatur Utdragsbestyrkande`) get
// their lines back: a long line is cut before what only starts a line — a page counter
// (a page break), a § heading, the next agenda number, a front-page label, a decision
// heading — and around page furniture, which then goes as furniture does. Every piece
// keeps the line's number. (Words a converter glued together, `ordförandeBengt`, are parted
// before, where a text is full of them: `glued-words.ts`.)
import { SPEAKER_WORD, SPOKEN_PROPOSAL } from '../text/proposal-label.js';
import { AGENDA_HEADINGS, CASE_NUMBER_LABELS, CONTENTS_HEADINGS, CONTENTS_HEADINGS_LOOSE, INLINE_BODY_HEADINGS, INLINE_BODY_LABELS, HOURS_AFTER_WORDS, KIND_TITLES, MONTHS, NOTICE_CLOSINGS, ORGAN_ABBREVIATIONS, PAGE_COUNT_WORDS, PAGE_FURNITURE, PAGE_WORDS, PARTICIPANTS_ELSEWHERE, REDACTION_NOTICES, POINT_PAGE_WORDS, POSITION_WORDS, SECTION_NOUN, SECTION_REFERENCE_WORDS, ATTENDED_RANGE_WORDS, WEB_WRAPPERS } from '../lexicon/sv.js';
import { FRONT_PAGE_LABELS } from '../lexicon/frontpage.js';
import { ROLE_HEADINGS } from '../lexicon/sv.js';
import { gluedHead, labelAt } from '../text/labels.js';
import { isGivenName } from '../text/persons.js';
import { PAGE_WORD, PAGE_WORD_OPENS } from '../text/page-counter.js';
import { allMatches, alternation, capitalise, escapeRegExp, trimEndOf } from '../text/patterns.js';
import { COMMITTEE_WORDS, inCaseHistory } from '../text/numbering.js';
import { headsOneLineList } from '../text/contents.js';
import { echoedHeader, KIND_WORDS_IN_CAPITALS, PAGE_COUNTER, PAGE_SKIP, shortPage, sitePage, transcriptNumber } from './transcript-pages.js';
import { ANY_LETTER, HOLDS_LOWER, LOWER_LETTER, OPENS_UPPER, UPPER_LETTER } from '../text/letters.js';
import { capitalsHeadingAtEnd } from '../text/section-heading.js';
import { runOnSectionBefore } from './run-on-sections.js';
import { colonPointAt } from './colon-points.js';

export interface Reflowed {
  text: string;
  /** A page of the source starts with this piece (its counter removed). */
  pageStart: boolean;
}

// a line shorter than this is a line as written
export const REFLOW_FROM = 60;
const LONG = REFLOW_FROM;
// cuts a long line needs before it is taken for a flattened page, not a long sentence
const MIN_CUTS = 2;

/**
 * A short line is cut nowhere, but one may be a transcript's page of its own, its number before
 * the organ and the kind (`1 Regionfullmäktige PROTOKOLL 20 mars 2017`) or a § (`4 § 73 Meddelanden`): the number goes.
 */
function shortLine(text: string, state: ReflowState): Reflowed[] {
  const found = shortPage(text, state.page) ?? (state.sitePages === true ? shortSitePage(text, state.page) : null);
  if (!found) return [{ text, pageStart: false }];
  if (found.page !== null) state.page = found.page;
  return [{ text: found.text, pageStart: true }];
}

/** A short line that opens a page under a sharing site's `Transkript` by the site's number alone (see sitePage). */
function shortSitePage(text: string, page: number): { text: string; page: number } | null {
  const m = sitePage(text, page);
  return m ? { text: text.slice(m[0].length), page: page + 1 } : null;
}

/** What reflow carries from line to line: the agenda's last point, the page, and whether a site numbers the pages. */
export interface ReflowState {
  agenda: number;
  page: number;
  point?: number;
  /** Under a sharing site's `Transkript`: every page opens with its number (TRANSCRIPT_HEADINGS). */
  sitePages?: boolean;
  /** The run's last point was a bare number (`3 Budget`), not one with its point (`3. Budget`). */
  bare?: boolean;
}

// `§ 12 Title`, `KS § 12`, `12 § Title`, `140 Dnr KS 2023/301` (a transcript that lost its §),
// `Sn 49 Title` (an organ's letters before a number whose § a PDF lost)
const ORGAN_LETTERS = new Set<string>(ORGAN_ABBREVIATIONS);
const ITEM = new RegExp(
  `^(?:(?:[${UPPER_LETTER}]{2,8}\\s)?§\\s?\\d{1,4}(?:/\\d{2}(?:\\d{2})?)?(?:\\s?[a-h])?(?=[\\s.:])|\\d{1,4}\\s?§(?=\\s+[${UPPER_LETTER}])|\\d{1,4}\\s(?=(?:${alternation(CASE_NUMBER_LABELS)})[\\s.:]))`,
  'iu',
);
// (in capitals too, as a transcript of `SN § 139` that lost its sign writes it: `SN 139 Ekonomisk lägesrapport …`)
const ORGAN_LETTERS_WRITTEN = alternation([...ORGAN_ABBREVIATIONS, ...ORGAN_ABBREVIATIONS.map((a) => a.toUpperCase())]);
const ORGAN_ITEM = new RegExp(`^(?:${ORGAN_LETTERS_WRITTEN})\\s\\d{1,4}\\s(?=[${UPPER_LETTER}])`, 'u');
// (or with the year of the §'s count after a slash, `KS 75/2013 Dnr …`, `KSAU 74/2017 Tilläggsbudget`: a page's header
// with the organ's name before it, `… 2 (22) Kommunfullmäktige KS 75/2013 …`, keeps the heading off the line's start;
// at most three digits before the slash, so a year-first case number, `KS 2013/45`, is none; and not after the kind's
// word, `Protokoll Bn 12/2021`, the meeting's number of the year in the document's title)
const ORGAN_COUNTED_ITEM = new RegExp(`^(?:${ORGAN_LETTERS_WRITTEN})\\s\\d{1,3}\\/(?:\\d{2}|(?:19|20)\\d{2})\\s(?=[${UPPER_LETTER}])`, 'u');
const KIND_WORDS_LOWER = new Set<string>(KIND_WORDS_IN_CAPITALS.map((w) => w.toLowerCase()));
// `ÄRENDE 5 Title`: a notice's page for one agenda point, its word in capitals
// (`ÄRENDE KS 11/2013 Title`: the number as the body's register counts its cases through the year, its letters before it
// and the year after, see numbering.ts PUNKT)
const POINT_CODE = `(?:[${UPPER_LETTER}][${ANY_LETTER}]{1,7}\\s(?=\\d{1,3}\\/))?`;
const POINT_YEAR = `(?:\\/(?:19|20)?\\d{2})?`;
const POINT_PAGE = new RegExp(`^(?:${POINT_PAGE_WORDS.map((w) => w.toUpperCase()).join('|')})\\s${POINT_CODE}\\d{1,3}${POINT_YEAR}\\s(?=[${UPPER_LETTER}])`, 'u');
// `… öppnade mötet. Punkt 2 Val av justerare …`, `Ärende 3: Budget …`: a point's heading with its word, capitalised
const POINT_FIRST = new Set<string>(POINT_PAGE_WORDS.map(capitalise));
// a page counter's first word as a flattened page writes it (`Sida`, `Sidan`, `BLAD`): a page's counter may start there
const PAGE_WORD_FIRST = new Set<string>(PAGE_WORDS.flatMap((w) => [capitalise(w), w.toUpperCase()]));
// what a page's counter opens with, besides its number: its word's first letter (`Sida`, `Blad`, `Page`)
const COUNTER_OPENS = new Set<number>(PAGE_WORD_OPENS.map((ch) => ch.charCodeAt(0)));
const POINT_ITEM = new RegExp(`(?<=^|\\s)(?:${alternation(POINT_PAGE_WORDS.map(capitalise))})\\s${POINT_CODE}(\\d{1,3})${POINT_YEAR}[.:]?\\s(?=[${UPPER_LETTER}])`, 'gu');
// a run of this many points in order, on the line or counting on from the last line's, shows they are headings, not a mention
const MIN_POINTS = 2;
/**
 * Where the point headings of a flattened page stand (`Punkt 1 Mötets öppnande … Punkt 2 …`):
 * the points that count up by one from the first, or from the last point of the lines before.
 */
function pointHeadings(text: string, state: { point?: number }): Map<number, number> {
  const found: { at: number; n: number; length: number }[] = [];
  for (const m of allMatches(POINT_ITEM, text)) {
    const n = Number(m[1]);
    const last = found[found.length - 1]?.n ?? state.point;
    if (last === undefined || n === last + 1) found.push({ at: m.index, n, length: m[0].length });
  }
  const goesOn = state.point !== undefined && found[0]?.n === state.point + 1;
  if (found.length < MIN_POINTS && !goesOn) return new Map();
  state.point = found[found.length - 1]!.n;
  return new Map(found.map((f) => [f.at, f.length]));
}
// `5. Title`: an agenda point, when its number is the next one
const AGENDA = new RegExp(`^(\\d{1,2})\\.\\s(?=[${UPPER_LETTER}"”])`, 'u');
// `1 Upprop 2 Godkännande av dagordningen 3 …`: a transcript's agenda that lost the points after its numbers
const BARE_AGENDA = new RegExp(`^(\\d{1,2})\\s(?=[${UPPER_LETTER}][${LOWER_LETTER}])`, 'u');
const AGENDA_HEADING_WORDS = KIND_TITLES.notice.filter((w) => !w.includes(' ') && !w.includes('/'));
const AGENDA_HEADING_FIRST = new Set<string>(AGENDA_HEADING_WORDS.flatMap((w) => [capitalise(w), w.toUpperCase()]));
// the heading alone, the agenda's first column head or point after it
const AGENDA_HEADING = new RegExp(`^(?:${alternation([...AGENDA_HEADING_FIRST])})(?=\\s+[${UPPER_LETTER}\\d]|\\s*$)`, 'u');
const CONTENTS_LINE = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation([...CONTENTS_HEADINGS_LOOSE, 'paragrafförteckning', 'ärendeförteckning'])})(?![${ANY_LETTER}])`, 'iu');

/**
 * Where each point's number (` 2 `, ` 21. `) first stands in one line from a place on. A line is read forward, and
 * the place each number was found at (or that it stands nowhere after a place) is kept: a line of numbers that
 * never reach the next point (`Tid 08.30-12-20 kl 9 …` × n) was otherwise read to its end once for each of them.
 */
class Marks {
  private readonly found = new Map<string, { from: number; at: number }>();
  constructor(readonly text: string) {}

  /** The index of the first `mark` at or after `from`, or -1. */
  indexOf(mark: string, from: number): number {
    const kept = this.found.get(mark);
    // (none after an earlier place is none after this one; one after it with none between is the first after this one too)
    if (kept !== undefined && from >= kept.from && (kept.at < 0 || kept.at >= from)) return kept.at;
    const at = this.text.indexOf(mark, from);
    this.found.set(mark, { from, at });
    return at;
  }
}
/** Where a point's number (` 2 `, ` 21. `) stands later in the text before a capitalised word (`… 2 Godkännande …`): the index after it, or -1. */
function pointAfter(marks: Marks, from: number, mark: string): number {
  let at = marks.indexOf(mark, from);
  // (`Se sidan 2 Utses att justera`: a page's number after its word is no point; the next such number may be)
  while (at >= 0 && pageReferenceBefore(marks.text, at)) at = marks.indexOf(mark, at + 1);
  const next = at + mark.length;
  return at >= 0 && isUpper(marks.text.charCodeAt(next), marks.text.charAt(next)) ? next : -1;
}
// how many points after a first one that is not 1 show that a run of points starts there
const RUN_AFTER_FIRST = 2;
/** Points n+1, n+2 (`21. Val …`, `22. Budget …`) follow in order later in the text. */
function pointsFollow(marks: Marks, from: number, n: number): boolean {
  let at = from;
  for (let k = 1; k <= RUN_AFTER_FIRST && at >= 0; k++) at = pointAfter(marks, at, ` ${n + k}. `);
  return at >= 0;
}
/** Bare points n+1, n+2 (`3 Val …`, `4 Budget …`) follow in order later in the text. */
function barePointsFollow(marks: Marks, from: number, n: number): boolean {
  let at = from;
  for (let k = 1; k <= RUN_AFTER_FIRST && at >= 0; k++) at = pointAfter(marks, at, ` ${n + k} `);
  return at >= 0;
}
// how many numbers in a row a transcript may have lost from a run of points
const MAX_LOST = 4;
/** Point n stands where the run expected an earlier one: the few numbers between were lost. */
const lostBefore = (n: number, expected: number): boolean => n > expected && n - expected <= MAX_LOST;
/** Point n+1 or n+2 (its number lost too) follows point n later in the text: the run goes on from n. */
const goesOn = (marks: Marks, from: number, n: number): boolean => pointAfter(marks, from, ` ${n + 1}. `) >= 0 || pointAfter(marks, from, ` ${n + 2}. `) >= 0;
const ORGAN_LETTERS_LOWER = new Set<string>(ORGAN_ABBREVIATIONS.map((a) => a.toLowerCase()));
// `… Ärenden: 252 Konstatera laglighet och beslutförhet 253 Protokolljusterare 254 …`: a point numbered as the § it will be
// (by the year's count), its title capitalised, as Finland-Swedish agenda pages run on in a transcript write them
const BARE_COUNTED_POINT = new RegExp(`^(\\d{1,3})\\s(?=[${UPPER_LETTER}][${LOWER_LETTER}])`, 'u');
// how far (characters) the next point of such a run may stand: a title, not a page of prose
const COUNTED_TITLE_REACH = 300;
/**
 * Where bare point `mark` (` 253 `) stands within a title's reach after `from`, before a capitalised word: the index
 * after it, or -1. (Searched in that reach only: a long line holds many numbers, and each would else read it to its end.)
 */
function countedPointWithin(text: string, from: number, mark: string): number {
  const reach = text.slice(from, from + COUNTED_TITLE_REACH + mark.length);
  let k = reach.indexOf(mark);
  while (k >= 0 && pageReferenceBefore(text, from + k)) k = reach.indexOf(mark, k + 1);
  if (k < 0) return -1;
  const next = from + k + mark.length;
  return isUpper(text.charCodeAt(next), text.charAt(next)) ? next : -1;
}
/** Bare points n+1, n+2 follow in order, each within a title's reach of the one before. */
function countedPointsFollow(text: string, from: number, n: number): boolean {
  let at = from;
  for (let k = 1; k <= RUN_AFTER_FIRST && at >= 0; k++) at = countedPointWithin(text, at, ` ${n + k} `);
  return at >= 0;
}
/**
 * The number of a point counted on from the year's §§ at `at`, capitalised title after it: the next one of such a run
 * (`counting`), one past a number or two the transcript lost, or one opening a run where points n+1 and n+2 follow
 * close by; null where it is none. Not after a comma or a bracket (`… Eva Ek, ekonom, 65 Lisa …`: the §§ somebody
 * attended), nor after an organ's letters (`KS 305 …`, read as an organ's heading).
 */
function countedPointAt(text: string, at: number, rest: string, expected: number, before: number, counting: boolean, wordEnd: number): number | null {
  const m = BARE_COUNTED_POINT.exec(rest);
  if (m === null) return null;
  const n = Number(m[1]);
  if (counting && n === expected) return n;
  if (COMMA_OR_BRACKET.test(lastBefore(text, at)) || ORGAN_LETTERS_LOWER.has(wordBefore(text, at)) || pageReferenceBefore(text, at)) return null;
  if (counting) return lostBefore(n, expected) && countedPointWithin(text, wordEnd, ` ${n + 1} `) >= 0 ? n : null;
  return expected === before + 1 && n > expected && countedPointsFollow(text, wordEnd, n) ? n : null;
}
// `39 SAMMANTRÄDETS LAGLIGHET …`: a point numbered as the § it will be (by the year's count), its title in capitals
const BARE_CAPITALS_POINT = new RegExp(`^(\\d{1,3})\\s(?=[${UPPER_LETTER}]{2})`, 'u');

/** Two capitals right after the space that ends the word (`39 SAMMANTRÄDETS`): asked before the point's pattern, as most numbers have none. */
// (nothing read past the text's end, where no capital stands: such a read costs the function its optimised code)
const capitalsAfter = (text: string, end: number): boolean =>
  end + 2 < text.length && isUpper(text.charCodeAt(end + 1), text.charAt(end + 1)) && isUpper(text.charCodeAt(end + 2), text.charAt(end + 2));

/**
 * A point numbered n, its title in capitals, at `at`: the next one of a run of such points, or one opening a run (or going on
 * past lost numbers) where point n+1 or n+2 follows in the text.
 */
function capitalsPointAt(text: string, at: number, rest: string, expected: number, before: number, marks: Marks, wordEnd: number): boolean {
  const m = BARE_CAPITALS_POINT.exec(rest);
  // (`KF 108 …`, `KS 305`: an organ's letters before the number make an organ's heading, no point of a run)
  if (m === null || ORGAN_LETTERS_LOWER.has(wordBefore(text, at))) return false;
  const n = Number(m[1]);
  if (n === expected && expected > before + 1) return true;
  if (!(expected === before + 1 ? n > 1 : lostBefore(n, expected))) return false;
  return pointAfter(marks, wordEnd, ` ${n + 1} `) >= 0 || pointAfter(marks, wordEnd, ` ${n + 2} `) >= 0;
}
// `… 45 ÄRENDEN TILL KÄNNEDOM Eva Ek, ordförande Denna kallelse …`: a capitalised word after a title in capitals
const CAPITALISED_WORD = new RegExp(` [${UPPER_LETTER}][${LOWER_LETTER}]`, 'u');
/**
 * Where the title in capitals of point n ends: at the next point's number (n+1, or n+2 past a lost one), or, after the
 * run's last point, where the notice's closing run on after it starts (`Eva Ek, ordförande Denna kallelse …`, the first
 * capitalised word); null where the title ends the line.
 */
function capitalsTitleEnd(text: string, wordEnd: number, n: number, marks: Marks): { at: number; closing: boolean } | null {
  const next = pointAfter(marks, wordEnd, ` ${n + 1} `);
  const skipped = pointAfter(marks, wordEnd, ` ${n + 2} `);
  // (the number's start: after the mark's space, the mark's length before the title it found)
  const at = next >= 0 ? next - ` ${n + 1} `.length + 1 : skipped >= 0 ? skipped - ` ${n + 2} `.length + 1 : -1;
  if (at >= 0) return { at, closing: false };
  const m = CAPITALISED_WORD.exec(text.slice(wordEnd));
  return m ? { at: wordEnd + m.index + 1, closing: true } : null;
}
// a heading inside an item's body, followed by its text on the same line
// (`Kommunstyrelsens beslut`, `Barn- och utbildningsnämndens beslut`, in lower case after the genitive;
// `Beslut`, `Förslag till beslut` capitalised alone; its text a sentence or a numbered clause, `Beslut 1. Vera Lund utses …`)
const HEADING_WORDS = alternation(INLINE_BODY_HEADINGS);
const HEADING = new RegExp(
  `^(?:[${UPPER_LETTER}][${LOWER_LETTER}]+(?:-\\s(?:och|samt)\\s[${LOWER_LETTER}]+)?s\\s(?:${HEADING_WORDS})|(?:${alternation(INLINE_BODY_HEADINGS.map(capitalise))})):?(?=\\s(?:[${UPPER_LETTER}]|\\d{1,2}[.)]\\s[${UPPER_LETTER}]))`,
  'u',
);
const FURNITURE = new RegExp(`^(?:${alternation(PAGE_FURNITURE.filter((f) => f.includes(' ') || f.length > 8))})(?![${ANY_LETTER}])`, 'iu');

// where a line is cut: a page's start (its number dropped), a line's, around furniture kept as a line of its own, or
// around furniture dropped (a page's own number at its end)
type Cut = 'page' | 'line' | 'around' | 'drop';

const isSpaceCode = (c: number): boolean => c === 32 || c === 9 || c === 0xa0;
const isUpper = (c: number, ch: string): boolean =>
  c < 128 ? c >= 65 && c <= 90 : ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const REFERENCE_WORDS = new Set<string>(SECTION_REFERENCE_WORDS);
// `t o m § 108`, `fr.o.m. § 5`: a range's word before the sign, the paragraphs somebody attended (its last word read first)
const RANGE_BEFORE = new RegExp(`(?:^|\\s)(?:${alternation(ATTENDED_RANGE_WORDS)})\\s*$`, 'iu');
const RANGE_LAST = new Set<string>(ATTENDED_RANGE_WORDS.map((w) => w.split(' ').pop()!));
const rangeWordBefore = (text: string, at: number): boolean => RANGE_LAST.has(wordBefore(text, at)) && RANGE_BEFORE.test(text.slice(Math.max(0, at - 10), at));
// the words of a page before its number (`se sidan 2`): a reference, not the next point
const PAGE_REFERENCE = new Set<string>(PAGE_WORDS);
/**
 * Whether the word right before `at` refers to a page in a sentence (`Se sidan 2`, `på sida 4`): written in lower case.
 * A page column's capitalised head before a list's first point (`Ärenden Sid 1. Justering - 2. …`) is none.
 */
function pageReferenceBefore(text: string, at: number): boolean {
  return PAGE_REFERENCE.has(wordBefore(text, at, false));
}
/** The word right before `at`, lower case unless asked as written ('' at the start). */
function wordBefore(text: string, at: number, lower = true): string {
  let end = at;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isSpaceCode(text.charCodeAt(start - 1))) start--;
  const word = text.slice(start, end);
  return lower ? word.toLowerCase() : word;
}
// a notice's closing, capitalised: a greeting with its `!`, or a phrase of several words (`Anmäl förhinder …`)
const CLOSING_FIRST = new Set<string>(NOTICE_CLOSINGS.map((w) => capitalise(w.split(' ')[0]!)));
const CLOSING = new RegExp(`^(?:(?:${alternation(NOTICE_CLOSINGS.map(capitalise))})!|(?:${alternation(NOTICE_CLOSINGS.filter((w) => w.includes(' ')).map(capitalise))})(?![${ANY_LETTER}]))`, 'u');
// the one word that heads a list of points (`Ärenden`, `Dagordning:`, `Föredragningslista`)
const LIST_HEADINGS = new Set<string>([...CONTENTS_HEADINGS.filter((h) => !h.includes(' ')), ...AGENDA_HEADING_WORDS]);
/** Where a list's heading right before `at` starts (capitalised, after the last cut), or -1. */
const listHeadingBefore = (text: string, at: number, lastCut: { at: number } | undefined): number => headingWordBefore(text, at, lastCut, LIST_HEADINGS);
/** Where the word right before `at` starts, if it is one of `headings` (capitalised, a colon perhaps) after the last cut; or -1. */
function headingWordBefore(text: string, at: number, lastCut: { at: number } | undefined, headings: ReadonlySet<string>): number {
  let end = at;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isSpaceCode(text.charCodeAt(start - 1))) start--;
  const word = trimEndOf(text.slice(start, end), ':');
  return start > (lastCut?.at ?? 0) && isUpper(word.charCodeAt(0), word.charAt(0)) && headings.has(word.toLowerCase()) ? start : -1;
}
// the one word that heads an agenda's points (`Ärende`, `Ärenden:`), as a Finland-Swedish agenda page writes it
const AGENDA_HEADING_ONE_WORD = new Set<string>(AGENDA_HEADINGS.filter((h) => !h.includes(' ')));
/** Where the agenda's heading word right before `at` starts (`… Tammerfors Ärende 182 …`), after the last cut; or -1. */
const agendaHeadingBefore = (text: string, at: number, lastCut: { at: number } | undefined): number => headingWordBefore(text, at, lastCut, AGENDA_HEADING_ONE_WORD);
/**
 * Where a group heading right before the § at `at` starts (`… handlingarna. Beslutsärenden § 292 Budget …`: a kind of
 * `ärenden`, capitalised, after a sentence's end or the last cut), or -1: it heads the §§ under it, not the § before's text.
 */
function groupHeadingBefore(text: string, at: number, lastCut: { at: number } | undefined): number {
  let end = at;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  // (the word's end asked first: most words before a § end otherwise)
  if (!text.startsWith(SECTION_NOUN, end - SECTION_NOUN.length)) return -1;
  let start = end;
  while (start > 0 && !isSpaceCode(text.charCodeAt(start - 1))) start--;
  if (start <= (lastCut?.at ?? 0) || !isUpper(text.charCodeAt(start), text.charAt(start))) return -1;
  const before = lastBefore(text, start);
  return before === '' || before === '.' || before === '!' || before === '?' ? start : -1;
}
// an hour column's hour or span, one space before a point's number (`09.00 1.`, `10.15-10.45 4.`)
const HOUR_BEFORE = /(?:\d{1,2}[.:]\d\d ?[-–] ?)?\d{1,2}[.:]\d\d $/u;
// no hour or span is longer (with its space)
const HOUR_REACH = 14;
// the words the meeting's own hour follows before the first point (`Tid 13.00 1. …`, `7 maj 13.00 1. …`)
const MEETING_HOUR_AFTER = new Set<string>([...HOURS_AFTER_WORDS, ...Object.keys(MONTHS)]);
/**
 * Where an hour column's hour right before the point at `at` starts (`… Plats: Teams 09.00 1. Mötets öppnande`,
 * `… Val av justerare 09.30 3. Budget`), or `at`: the hour goes with its point, not into the place or the title
 * before. Before the first point, the meeting's own hour (after `kl.`, a label, a date, a month) stays where it is.
 */
function hourColumnBefore(text: string, at: number, lastCut: { at: number } | undefined, first: boolean): number {
  // (a digit before the number's space: most points follow a letter)
  if (!isDigitCode(text.charCodeAt(at - 2))) return at;
  const m = HOUR_BEFORE.exec(text.slice(Math.max(lastCut?.at ?? 0, at - HOUR_REACH), at));
  const start = m ? at - m[0].length : at;
  if (!m || (start > 0 && !isSpaceCode(text.charCodeAt(start - 1)))) return at;
  const word = wordBefore(text, start);
  if (word.endsWith(':') || HOUR_LOST.test(word)) return at;
  return first && (MEETING_HOUR_AFTER.has(word) || isDigitCode(word.charCodeAt(word.length - 1))) ? at : start;
}
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
/** `found`, or where a group heading of several words run on before the § at `at` starts (normalise/run-on-sections.ts). */
const orRunOnSection = (found: number, text: string, at: number, lastCut: { at: number } | undefined): number =>
  found >= 0 ? found : runOnSectionBefore(text, at, lastCut?.at ?? 0);
// (a group heading in capitals ending the words before a point: text/section-heading.ts)
const HEADING_REACH = 60;
/**
 * Where a group heading in capitals right before the point at `at` starts (`… Tid för justering EKONOMI 3. Budget …`,
 * `… extra utskick INDIVID OCH FAMILJ 5. …`), after a word with small letters (a title not in capitals), or -1.
 */
function capitalsHeadingBefore(text: string, at: number, lastCut: { at: number } | undefined): number {
  let end = at;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  // (a capital before the number: most points follow a small letter, a digit or a full stop)
  if (end === 0 || !isUpper(text.charCodeAt(end - 1), text.charAt(end - 1))) return -1;
  const from = Math.max(lastCut?.at ?? 0, end - HEADING_REACH);
  const heading = capitalsHeadingAtEnd(text.slice(from, end));
  const start = heading !== null ? end - heading.length : -1;
  if (heading === null || start === 0 || !isSpaceCode(text.charCodeAt(start - 1))) return -1;
  let wordStart = start - 1;
  while (wordStart > from && !isSpaceCode(text.charCodeAt(wordStart - 1))) wordStart--;
  // (`… redogör 21 FUNKTIONSSTÖD 12. …`: or a page column's number after such a word or a year, `… 2025 15 EKONOMI`)
  if (PAGE_NUMBER.test(text.slice(wordStart, start - 1)) && wordStart - 1 > from) {
    const numberStart = wordStart;
    wordStart = numberStart - 1;
    while (wordStart > from && !isSpaceCode(text.charCodeAt(wordStart - 1))) wordStart--;
    return isDigitCode(text.charCodeAt(wordStart)) || HOLDS_LOWER.test(text.slice(wordStart, numberStart)) ? start : -1;
  }
  return HOLDS_LOWER.test(text.slice(wordStart, start)) ? start : -1;
}
// a page column's number: no page of a notice's documents is numbered past three digits
const PAGE_NUMBER = /^\d{1,3}$/u;
/** The last character before `at` that is not white space ('' at the start). */
function lastBefore(text: string, at: number): string {
  let k = at - 1;
  while (k >= 0 && isSpaceCode(text.charCodeAt(k))) k--;
  return k >= 0 ? text[k]! : '';
}
// `Page 2 of 14`, `Sida 2 av 3`, `Sidan 2 av 3`, `Blad 2 av 3`: a counter that says its count in words (its first word is in PAGE_WORD_FIRST)
const COUNTER_OF = new RegExp(`^${PAGE_WORD} \\d{1,3} (?:${alternation(PAGE_COUNT_WORDS)}) \\d{1,3}(?=\\s|$)`, 'iu');
// … or after the document's kind in capitals, its running header (`FÖREDRAGNINGSLISTA 2 (6) …`, `SAMMANTRÄDESPROTOKOLL 1(12)`)
// a page's running header of the organ, the kind in capitals and the meeting's date (`Kommunfullmäktige PROTOKOLL 12 juni 2017`)
// (or the kind in capitals and the date's label, the date itself lost or kept: `SAMMANTRÄDESPROTOKOLL Sammanträdesdatum`)
const KIND_HEADER_DATED = new RegExp(
  `^(?:[${UPPER_LETTER}]\\S*\\s+(?:\\S+\\s+)?(?:${alternation(KIND_WORDS_IN_CAPITALS)})\\s+(?:\\d{4}-\\d\\d-\\d\\d|\\d{1,2}\\s+[${LOWER_LETTER}]{3,9}\\s+\\d{4})|(?:${alternation(KIND_WORDS_IN_CAPITALS)})\\s+(?:[Ss]ammanträdesdatum|SAMMANTRÄDESDATUM|[Mm]ötesdatum)(?:\\s+\\d{4}-\\d\\d-\\d\\d)?)\\s+`,
  'u',
);
const CAPITALS_BEFORE = new RegExp(`(?:^|\\s)(?:${alternation(KIND_WORDS_IN_CAPITALS)})$`, 'u');
const CAPITALS_REACH = 40;
// … or the line's first word, the kind as written (`Sammanträdesprotokoll Sida 3(18) …`, `PROTOKOLL 4 (9) …`)
// (the kind's one-word titles as a header writes them: capitalised or in capitals)
const KIND_WORDS_WRITTEN = KIND_WORDS_IN_CAPITALS.flatMap((w) => [w, capitalise(w.toLowerCase())]);
const KIND_OPENS_LINE = new RegExp(`^(?:${alternation(KIND_WORDS_WRITTEN)})\\s+$`, 'u');
// a § heading's sign and number right before a word (`§ 1 `, `§12 `)
const PARAGRAPH_BEFORE = /^§ ?\d{1,4} $/u;
const PARAGRAPH_REACH = 8;
const POINT_BEFORE = /^\d{1,2}[.)] $/u;
// (and a line that opens with the kind's title and runs on: `PROTOKOLL Styrelsemöte 2019-03-14 Närvarande: …`)
const KIND_OPENS_TEXT = new RegExp(`^(?:${alternation(KIND_WORDS_WRITTEN)}) `, 'u');
// a page counter runs on after a sentence, a bracket or a number (`… noteras. 2(5) …`)
const ENDS_BEFORE_COUNTER = /^[.!?:)\d]$/u;
// the first words of what a line may be cut before: tested before the patterns
const FURNITURE_FIRST = new Set<string>(PAGE_FURNITURE.map((f) => f.split(/[\s/]/)[0]!));
const HEADING_FIRST = new Set<string>(INLINE_BODY_HEADINGS.map((h) => h.split(' ')[0]!));
const BODY_LABEL_FIRST = new Set<string>(INLINE_BODY_LABELS.map((w) => `${w}:`));
const WRAPPER_FIRST = new Set<string>(WEB_WRAPPERS.prefixes.map((w) => w.split(' ')[0]!));
const WRAPPER_START = new RegExp(`^(?:${alternation(WEB_WRAPPERS.prefixes)})`, 'iu');
const LABEL_FIRST = new Set<string>(FRONT_PAGE_LABELS.flatMap((l) => l.words.map((w) => w.split(/[\s/]/)[0]!)));
/** The first word of a text, in lower case: the cheap test before a label is looked for there. */
const firstKey = (text: string): string => {
  const space = text.indexOf(' ');
  return (space < 0 ? text : text.slice(0, space)).toLowerCase();
};
// `… kl 13.00 Vissa personuppgifter kan vara raderade p g a gällande lag Beslutande …`: a notice cut out, which the debris stage drops
const NOTICE_FIRST = new Set<string>(REDACTION_NOTICES.map((n) => n.split(' ')[0]!));
const NOTICE = new RegExp(`^(?:${alternation(REDACTION_NOTICES)})(?![${ANY_LETTER}])\\.?`, 'iu');
// a quick test for all the above: `§`, a page counter, an agenda number, a capitalised first word of a cut
// (`3 1 Val av …`: a transcript's page number, then its first point's, whose § was lost)
// (the words as a trie: the flat alternation of some 400 words was tried word by word after every space of every long line)
const CUT_WORDS = [...new Set([...FURNITURE_FIRST, ...HEADING_FIRST, ...LABEL_FIRST, ...WRAPPER_FIRST, ...NOTICE_FIRST, ...INLINE_BODY_LABELS, ...POINT_PAGE_WORDS, ...PAGE_WORDS])]
  .filter((w) => /^\p{L}/u.test(w))
  .flatMap((w) => [capitalise(w), w.toUpperCase()]);
const MAY_CUT = new RegExp(
  `§|\\d\\s?\\(|\\d[.:]\\s|^\\d{1,3} (?:\\d{1,2} )?[A-ZÅÄÖ]|(?:^|\\s)(?:${CUT_WORDS.some((w) => /\s/.test(w)) ? CUT_WORDS.map(escapeRegExp).join('|') : alternation(CUT_WORDS)})(?![a-zåäöéü])`,
);

// a word that ends in a time of day or a year (`13.00-16.00`, `2017`), which prose seldom has a capitalised word after
const TIME_OR_YEAR_END = /(?:\d[.:]\d\d|(?<!\d)(?:19|20)\d\d)$/u;
// `kl` whose hour a transcript lost (`… den 9 mars kl Plats Beslutande …`): the capitalised word after it opens the next field
const HOUR_LOST = /^[Kk]l(?:\.|ockan)?$/u;
// what a § heading holds before its title: its sign, its number, an organ's letters
// (the organ's letters as the lexicon writes them too, `Vn § 4`, and before a number whose sign was lost, `FHR 29`, `Vn 4`)
const JUST_NUMBERED = new RegExp(
  `^(?:(?:[${UPPER_LETTER}]{1,5}|${ORGAN_LETTERS_WRITTEN})\\s)?(?:[§$]\\s?\\d{1,3}|\\d{1,3}\\s?§)\\.?\\s*$|^(?:[${UPPER_LETTER}]{2,5}|${ORGAN_LETTERS_WRITTEN})\\s\\d{1,4}\\.?\\s*$`,
  'u',
);
const COLUMN_GAP = /\S(?: {3,}|\t)\S/;
// what may start a cut: a character other than a small ASCII letter (a digit, `§`, a capital) at the start of a word
// (the separator before it is matched, not looked behind for: several times faster; no-break
// space is a separator, never a start)
const WORD_START = /(?:^|[ \t\u00a0)])[0-9A-Z\u0080-\u009f\u00a1-\uffff]/g;
// `… kl. 09:00-12:40 Enligt särskild närvarolista Övriga deltagande …`: the value of `Beslutande` where the people are listed elsewhere
const ELSEWHERE_FIRST = new Set<string>(PARTICIPANTS_ELSEWHERE.map((p) => p.split(' ')[0]!));
const ELSEWHERE = new RegExp(`^(?:${alternation(PARTICIPANTS_ELSEWHERE)})(?:\\s?\\d{1,3}(?![\\d-]))?(?![${ANY_LETTER}])`, 'iu');

const SIGNER = new Set<string>(['chair', 'secretary', 'adjusters']);
// `Beslutande` names no one's position: after a comma and before a name it opens the list (`Rådhuset, Beslutande Eva Ek (M) …`, the hour lost)
const DECIDERS = /^Beslutande$/u;
const NAME_NEXT = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?\\s+[${UPPER_LETTER}][${LOWER_LETTER}]`, 'u');
const LEADER_RUN = /^[.…_]+\s*/u;
// `… Ledningskontoret Paragrafer 1-19`: a § range right after its label, or a label of its own after it
// (`… kl 18:00 Paragrafer Beslutande Se sid 2 40-52`: two labels of a row, their values after both) (not a label beside another
// one whose value comes after it: `Sekreterare Paragrafer 51-54 Lina Berg`)
const RANGE_NEXT = /^(?:§§?\s*)?\d{1,4}\s*[-‐‑‒–—]{1,2}\s*\d{1,4}(?![\d.,/-])/u;
// `… kl. 16:00-17:00. Paragrafer Jomala den 12 februari 2018 Eva Ek …`: the §§' label left empty, the signers' grid after
// it (the signing place, `den` and the date: Åland's minutes)
const GRID_NEXT = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]+ den \\d`, 'u');
const POSITIONS = new Set<string>(POSITION_WORDS);
// the absent's headings, which a roll run on into one line also writes after a person as a remark (`Eva Ek (C) Anmält förhinder Övriga: …`)
const ABSENT_HEADS = new Set<string>(ROLE_HEADINGS.find((r) => r.role === 'absent')!.words);
// `ekonomichef`, `utvecklingsledare`, `ekonom`: a word in small letters that ends in a position, or is one
const POSITION_END = new RegExp(`^(?:[${LOWER_LETTER}][${LOWER_LETTER}-]*)?(?:${alternation(POSITION_WORDS)})$`, 'u');
// the § numbers an official attended, and what follows them: the next person of the list (`Annika Berg, utvecklingsledare`)
const ATTENDED_THEN_PERSON = new RegExp(`^§§?\\s?\\d{1,4}(?:\\s?[-–]\\s?\\d{1,4})?,?\\s+(?:[${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}'’]+)?\\s+){1,3}[${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}'’]+)?,`, 'u');
// … or the next person with a bracket after the name (`Sofia Nyman (nämndsekreterare)`, `Ylva Storm (S)`), whose given name
// the lexicon knows (a heading's title may end on a bracket too: `§ 15 Revisionsrapport Region Ekland (dnr 12)`)
const ATTENDED_THEN_BRACKETED = new RegExp(`^§§?\\s?\\d{1,4}(?:\\s?[-–]\\s?\\d{1,4})?\\s+([${UPPER_LETTER}][${LOWER_LETTER}]+)(?:-[${UPPER_LETTER}][${LOWER_LETTER}'’]+)?(?:\\s+[${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}'’]+)?){1,2}\\s\\(`, 'u');
const attendedThenBracketed = (rest: string): boolean => {
  const m = ATTENDED_THEN_BRACKETED.exec(rest);
  return m !== null && isGivenName(m[1]!);
};
const ATTENDED_NUMBERS = /^§§?\s?\d{1,4}(?:\s?[-–]\s?\d{1,4})?,?\s+/u;

/**
 * A flattened list of officials (`… Lena Ek, ekonomichef § 133 Annika Berg, utvecklingsledare § 132 …`): a § after a
 * position gives the paragraphs its official attended, where the next person of the list, or the front page's next
 * label (`stadsarkitekt § 134 Utses att justera …`), follows its numbers. (After the last official of a list, the first
 * § of the minutes is a heading: `Eva Holm, sekreterare § 1 Val av justerare`.)
 */
function attendedAfterPosition(text: string, at: number, rest: string): boolean {
  // (or after a bracket that closes a position or a party: `Kim Sjödin (kvalitetschef) § 65 Sofia Nyman (nämndsekreterare)`,
  // `Roger Wall (SD) § 13 Övriga deltagande …`)
  const before = lastBefore(text, at);
  if (before !== ')' && (!POSITION_END.test(wordBefore(text, at)) || !LETTER.test(before))) return false;
  if (ATTENDED_THEN_PERSON.test(rest) || attendedThenBracketed(rest)) return true;
  const numbers = ATTENDED_NUMBERS.exec(rest);
  const label = numbers ? labelAt(rest.slice(numbers[0].length)) : null;
  return label !== null && !label.weak;
}
// a weak label's everyday word (`Paragrafer`, `Ordförande`) may stand in running text; a phrase of three words or more
// (`Protokollet innehåller paragraferna`) is a label wherever it stands
const PHRASE_WORDS = 3;
const isPhrase = (label: string): boolean => label.split(' ').length >= PHRASE_WORDS;
// the small patterns the loop below asks of a word or the characters before it, built once
const LETTER = new RegExp(`[${ANY_LETTER}]`, 'u');
const CAPITALS = new RegExp(`^[${UPPER_LETTER}]{2,8}$`, 'u');
// (and a committee's after them: `MN AU 13`)
const CAPITALS_BEFORE_SPACE = new RegExp(`^[${UPPER_LETTER}]{2,8}(?: (?:${alternation(COMMITTEE_WORDS)}))?\\s+$`, 'u');
const COMMA_OR_BRACKET = /^[,(]$/u;
const LEADER_OR_SLASH = /[/:;,.…]/u;
const SENTENCE_CLOSE = /[.!?)]$/u;
// (or the semicolon a label may be written with for it: `Sammanträdesplats; Kommungården`)
const COLON_END = /[:;]\s*$/u;
const OWN_PAGE_NUMBER = /\s(\d{1,3})$/;
// `§ 14 Internkontrollplan 2020 Dnr 45/20 …`: a year that ends a title, before the case number's label,
// is no § whose sign a transcript lost (the title's last word stands right before it)
const YEAR = /^(?:19|20)\d\d$/u;
const yearEndingTitle = (word: string, text: string, at: number): boolean => word.length === 4 && YEAR.test(word) && LETTER.test(lastBefore(text, at));

/** A word of two to eight capitals (`KS`, `SN`); a small ASCII letter second rules most words out before the pattern. */
function isCapitals(word: string): boolean {
  const second = word.charCodeAt(1);
  return word.length >= 2 && !(second >= 97 && second <= 122) && CAPITALS.test(word);
}
/** The word at `at` stands in the heading just cut: right after its `§`, or after the organ's letters that open it. */
// (or after the organ's letters and number that open it, in the case's history printed after them: `Kf 73 Ks 94 dnr …`)
function inCutHeading(text: string, at: number, lastCut: { at: number } | undefined): boolean {
  const last = lastBefore(text, at);
  if (last === '§' || last === '$') return true;
  if (lastCut === undefined) return false;
  const head = text.slice(lastCut.at, at);
  return CAPITALS_BEFORE_SPACE.test(head) || ORGAN_LETTERS.has(head.trim()) || inCaseHistory(head);
}
// a committee's letters as a transcript's heading writes them after the board's (`MN AU 13 …`)
const COMMITTEE_LETTERS = new Set<string>(COMMITTEE_WORDS);
// an organ's letters before its number: two to five capitals, or a known organ's in mixed case (`Kf 72 dnr …`)
const ORGAN_LETTERS_BEFORE = new RegExp(`(?:^|\\s)([${UPPER_LETTER}]{2,5}|${alternation(ORGAN_ABBREVIATIONS)})\\s$`, 'u');
// (`3 Kfu § 37 …`, `3 Bu 37 …`: right after a transcript's page number, an organ's letters in mixed case that the lexicon
// does not know, a capital and up to four small letters, open the heading too)
const MIXED_LETTERS_AFTER_PAGE = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]{1,4}\\s$`, 'u');
// a section's or preparer's running code before a § heading's number (`RPKL/2`, `Kaj/3`: see numbering.ts SECTION_CODE)
const SECTION_CODE_BEFORE = new RegExp(`(?:^|\\s)([${UPPER_LETTER}][${ANY_LETTER}]{1,5}\\/\\d{1,3})\\s$`, 'u');
// the longest such code and its space
const SECTION_CODE_REACH = 11;
/** Where the organ's letters before the number at `at` start (`FN 20`), after the last cut; else `at`. */
function lettersBefore(text: string, at: number, lastCut: { at: number; kind?: Cut; length?: number } | undefined): number {
  const pageEnd = lastCut?.kind === 'page' ? lastCut.at + (lastCut.length ?? 0) : -1;
  if (pageEnd >= 0 && at - pageEnd <= 6 && MIXED_LETTERS_AFTER_PAGE.test(text.slice(pageEnd, at))) return pageEnd;
  const from = Math.max(lastCut?.at ?? 0, at - 7);
  // (`… anslaget. RPKL/2 77 § …`: a section's running code before the number goes with the heading, a slash within reach)
  const slash = text.lastIndexOf('/', at);
  const code = slash > at - SECTION_CODE_REACH && slash > (lastCut?.at ?? 0) ? SECTION_CODE_BEFORE.exec(text.slice(Math.max(lastCut?.at ?? 0, at - SECTION_CODE_REACH), at)) : null;
  if (code) {
    const start = at - code[1]!.length - 1;
    if (start === 0 || start === lastCut?.at || isSpaceCode(text.charCodeAt(start - 1))) return start;
  }
  const m = ORGAN_LETTERS_BEFORE.exec(text.slice(from, at));
  const start = m ? at - m[1]!.length - 1 : at;
  // (the whole word: not the end of a longer one that the window cut)
  return start === 0 || start === lastCut?.at || isSpaceCode(text.charCodeAt(start - 1)) ? start : at;
}
// how far into a page its running header may reach
const PAGE_HEAD = 60;
/** `at` stands at the top of a page: nothing cut on the line yet but its page's start, a running header at most before it. */
function opensPage(at: number, cuts: readonly { at: number; kind: Cut; length: number }[]): boolean {
  const from = cuts.length === 0 ? 0 : cuts[cuts.length - 1]!.kind === 'page' ? cuts[cuts.length - 1]!.at + cuts[cuts.length - 1]!.length : -1;
  return from >= 0 && cuts.every((c) => c.kind === 'page') && at - from <= PAGE_HEAD;
}
// `2 NORRBY KOMMUN Sammanträdesprotokoll Kommunstyrelsen 2016-09-06 22 (41) 88 …`: the page's running header, its
// kind named (or a few words), ends in the counter, perhaps after a date; how far into the page it reaches
const HEADER_REACH = 100;
const KIND_IN_HEADER = new RegExp(`(?:^|\\s)(?:${alternation(KIND_WORDS_WRITTEN)})(?=\\s)`, 'u');
/** The counter at `at` ends the running header that opens the page, not the page before it (`named`: it says `Sida`). */
function headsPageAbove(text: string, at: number, cuts: readonly { at: number; kind: Cut; length: number }[], named: boolean): boolean {
  const last = cuts[cuts.length - 1];
  if (!last || last.kind !== 'page' || cuts.some((c) => c.kind !== 'page')) return false;
  const from = last.at + last.length;
  if (at - from > HEADER_REACH) return false;
  // (`2 Styrelsen Sida 13 (40) Utsänd föredragningslista …`: a few words, the organ's name, before a counter that says `Sida`)
  const header = text.slice(from, at);
  return KIND_IN_HEADER.test(header) || (named && FEW_WORDS.test(header));
}
const FEW_WORDS = /^(?:\S+\s+){1,3}$/u;
/**
 * `Sida 37 Mötets laglighet och beslutförhet 3 38 Protokolljusterare …`: what reads as a counter
 * is the head of a contents list's page column and its first entry's number, where the entry's
 * title ends in its page before the next entry's number.
 */
function columnHeadBefore(rest: string, counter: string): boolean {
  // (its last word the number alone: `Sida 2 (9)` is a counter)
  const n = counter.slice(counter.lastIndexOf(' ') + 1);
  if (!PAGE_NUMBER.test(n)) return false;
  // (or the one after it, where the transcript lost the next entry's number and page: `Sid. 65 Budget Översyn … 6 67 …`)
  return entryUpTo(rest, counter.length, Number(n) + 1) || entryUpTo(rest, counter.length, Number(n) + 2);
}
/** The first entry's title and page run from `from` to the entry numbered `next`, within a title's reach. */
function entryUpTo(rest: string, from: number, next: number): boolean {
  const at = rest.indexOf(` ${next} `, from);
  return at > from && at - from <= COLUMN_TITLE_REACH && COLUMN_ENTRY.test(rest.slice(from, at + 1));
}
// how far the first title and its page may run before the next entry's number
const COLUMN_TITLE_REACH = 160;
// the first entry's title, capitalised, and its page right before the next number
const COLUMN_ENTRY = new RegExp(`^ [${UPPER_LETTER}][^\\d]* \\d{1,3} $`, 'u');
/** A counter that ends the flattened page (`… Ordförande Eva Ek 1(25)`), its page no later than its count: the page's own. */
function endsPage(text: string, at: number, counter: string): boolean {
  if (at + counter.length < text.trimEnd().length) return false;
  const numbers = counter.match(/\d+/gu)!;
  return numbers.length === 2 && Number(numbers[0]) <= Number(numbers[1]);
}
/** The line opens with a label, and the label cut at `at` is no everyday word when the first is one. */
function labelRow(text: string, at: number): boolean {
  const first = labelAt(text);
  return first !== null && (first.weak === false || labelAt(text.slice(at))?.weak === false);
}

/**
 * `… Justeringens plats och tid Gefle vapen, Sekreterare Eva Ek Ordförande …`: a signer's label after a comma that closes
 * a word in small letters (a place's value; a person's name ends on a capitalised surname, and a position is that
 * person's, `Bo Ek, kommundirektör, Sekreterare …`), before a name: the next field, not what the word before it is.
 */
function placeThenSigner(text: string, at: number, label: { field: string; length: number }, rest: string): boolean {
  if (!SIGNER.has(label.field) || text.charCodeAt(at - 2) !== 44) return false;
  const before = wordBefore(text, at, false).slice(0, -1);
  return LOWER_FIRST.test(before) && !POSITION_END.test(before) && NAME_NEXT.test(rest.slice(label.length).trimStart());
}
const LOWER_FIRST = new RegExp(`^[${LOWER_LETTER}]`, 'u');

/** A comma or a bracket (and perhaps spaces) right before `at`. */
const afterComma = (text: string, at: number): boolean => /[,(]\s*$/u.test(text.slice(Math.max(0, at - 3), at));

// a gap of three spaces or more (a column's, or a paragraph's break that a web page ran on)
const WIDE_GAP = / {3,}/g;
// (the pattern, not a plain search: the engine skips along the line three characters at a time, where the search stops at
// every space; half the time over the bench's long lines)
const HAS_WIDE_GAP = / {3}/;
const CAPITAL_NEXT = OPENS_UPPER;
// paragraphs run on so: at least this many breaks, one after a full stop at least (a row of columns ends its cells
// in names and words, or in a party's bracket, `Per Holm (S)   Lena Sjö (M)`)
const MIN_BREAKS = 2;
/**
 * The paragraphs of a line whose every wide gap follows a sentence's end (or a bracket) and precedes a capital
 * (`Mötets öppnande Mötet förklarades öppnat.   Val av justerare …`): a page's paragraphs run on, not a
 * row of columns; null for any other line.
 */
function paragraphsRunOn(text: string): string[] | null {
  const out: string[] = [];
  let from = 0;
  let stops = 0;
  // (read with `exec`, not `matchAll`, which copies the pattern at each call: asked of every long line with a wide gap, and
  // most such lines fail at their first gap; nothing below runs the pattern again before the loop ends)
  WIDE_GAP.lastIndex = 0;
  for (let m = WIDE_GAP.exec(text); m !== null; m = WIDE_GAP.exec(text)) {
    const before = text.slice(from, m.index).trimEnd();
    // (no character is read past a string's end, the empty text before a gap's or after a gap that ends the line: optimised
    // code that reads one is thrown away and compiled again, twice in the bench's timed passes)
    if (before === '') return null;
    const end = before.charAt(before.length - 1);
    const next = m.index + m[0].length;
    if (!'.!?)'.includes(end) || next >= text.length || !CAPITAL_NEXT.test(text.charAt(next))) return null;
    if (end !== ')') stops++;
    out.push(before.trimStart());
    from = m.index + m[0].length;
  }
  out.push(text.slice(from).trim());
  return out.length > MIN_BREAKS && stops > 0 ? out : null;
}

/** The pieces of one line of text: itself when it is no flattened page. */
export function reflow(text: string, state: ReflowState): Reflowed[] {
  // a line with nothing that could start a line is prose; and a line with column gaps is a
  // layout's row, not a flattened page
  // (MAY_CUT first: most long lines fail it, and the gap's two searches, which read the whole
  // line as well, are then not needed; in the bench's texts 85 % of long lines fail it, 5 % have a gap)
  // (a gap holds three spaces or a tab: plain searches pass over most lines before the pattern)
  if (text.length < LONG) return shortLine(text, state);
  // (a web page's paragraphs run on with wide gaps: each one's line of its own, a blank line between)
  // (looked for once: both tests below ask)
  const wideGap = HAS_WIDE_GAP.test(text);
  if (wideGap) {
    const paragraphs = paragraphsRunOn(text);
    if (paragraphs !== null) return paragraphs.flatMap((p, k) => (k === 0 ? reflow(p, state) : [{ text: '', pageStart: false }, ...reflow(p, state)]));
  }
  if (!MAY_CUT.test(text) || ((wideGap || text.includes('\t')) && COLUMN_GAP.test(text))) return [{ text, pageStart: false }];
  const cuts: { at: number; kind: Cut; length: number }[] = [];
  let expected = state.agenda + 1;
  // the next of a run of points numbered with a colon (`1:`, `2:`, …)
  let colonExpected = 1;
  let wrapper = false;
  let transcriptPage = 0;
  // the line's page was known by a sharing site's number alone (sitePage)
  let sitePaged = false;
  // the line opens with its page's running header and counter: it starts a page
  let headerPage = false;
  let contentsLine: boolean | undefined;
  // a run of points counted on from the year's §§ is being read (countedPointAt)
  let counting = false;
  // a contents list's heading opens the line: the list is read as one (headsOneLineList)
  let listLine: boolean | undefined;
  // (read at the first word that may be one: most lines hold none)
  let points: Map<number, number> | undefined;
  // (made at the first point's number looked for further on: most lines look for none)
  let marks: Marks | undefined;
  // the end of the point's heading just cut (`Punkt 2 `): its number starts nothing of its own
  let pointEnd = -1;
  // the end of a counter in words just cut around (`Sida 3 av 16`): its numbers start nothing (`16 Dnr …` is no §)
  let counterEnd = -1;
  // the label just cut: a word inside it starts nothing where the words before it are no label of their own
  // (`TILLKÄNNAGIVANDE AV JUSTERING`, whose last word is a label too; but `NÄRVARANDE Ledamöter` is two)
  let labelStart = -1;
  let labelEnd = -1;
  // (and none inside a label written in capitals throughout, which the lexicon reads as one: `NÄRVARANDE LEDAMÖTER -
  // LÄSNÄ OLLEET JÄSENET`, `ÖVRIGA NÄRVARANDE`, as bilingual Finnish towns print their headings)
  let labelCaps = false;
  // word starts only, and most words start nothing: a digit, `§` or a capital can; a label
  // may also start right after a party's bracket that an extractor glued it to (`(M)Ersättare`)
  // (the pattern skips to the next such start, past the small ASCII letters that open most words; `test`, not `exec`:
  // the start's place is all the loop needs, the character before the pattern's `lastIndex`, and no match is built for it)
  WORD_START.lastIndex = 0;
  while (WORD_START.test(text)) {
    const at = WORD_START.lastIndex - 1;
    const afterBracket = at > 0 && text.charCodeAt(at - 1) === 41;
    if (at > 0 && !isSpaceCode(text.charCodeAt(at - 1)) && !afterBracket) continue;
    const c = text.charCodeAt(at);
    if (isSpaceCode(c) || at < pointEnd || at < counterEnd || (at < labelEnd && (labelCaps || labelAt(text.slice(labelStart, at)) === null))) continue;
    const digit = c >= 48 && c <= 57;
    const upper = !digit && c !== 0xa7 && isUpper(c, text[at]!);
    if ((!digit && !upper && c !== 0xa7) || (afterBracket && !upper)) continue;
    let wordEnd = at;
    while (wordEnd < text.length && !isSpaceCode(text.charCodeAt(wordEnd))) wordEnd++;
    const word = text.slice(at, wordEnd);
    const rest = text.slice(at);
    if (afterBracket) {
      const key = word.toLowerCase();
      const glued = LABEL_FIRST.has(key) || LABEL_FIRST.has(gluedHead(word).toLowerCase()) ? labelAt(rest) : null;
      if (glued && !glued.weak) cuts.push({ at, kind: 'line', length: 0 });
      continue;
    }
    // `… Utdragsbestyrkande Page 2 of 14`: a converter's counter at the page's end, wherever it stands
    if (PAGE_WORD_FIRST.has(word) && at > 0) {
      const counter = COUNTER_OF.exec(rest);
      if (counter) {
        cuts.push({ at, kind: 'around', length: counter[0].length });
        counterEnd = at + counter[0].length;
        continue;
      }
    }
    if (digit || at === 0 || PAGE_WORD_FIRST.has(word)) {
      // (a counter opens with its number or its word: `Sida 2 (9)`, `2 (9)`)
      const page = digit || COUNTER_OPENS.has(c) ? PAGE_COUNTER.exec(rest) : null;
      // (`… BEHANDLADE ÄRENDEN Sida 37 Mötets laglighet 3 38 …`: a contents list's page column head before its first entry is no counter)
      if (page && !digit && columnHeadBefore(rest, page[0])) continue;
      const heads = page !== null && at > 0 && headsPageAbove(text, at, cuts, !digit);
      if (page && (at === 0 || ENDS_BEFORE_COUNTER.test(lastBefore(text, at)) || endsPage(text, at, page[0])) && !heads) {
        cuts.push({ at, kind: 'page', length: page[0].length });
        continue;
      }
      // the page's running header with its counter stays one line, the page's text after it another;
      // a header that opens the line opens a page (`Sammanträdesprotokoll Sida 2(18) Förteckning …`)
      if (page && at + page[0].length < text.length) {
        const before = text.slice(Math.max(0, at - CAPITALS_REACH), at).trimEnd();
        const opensLine = KIND_OPENS_LINE.test(text.slice(0, at));
        if (opensLine || heads || CAPITALS_BEFORE.test(before)) {
          cuts.push({ at: at + page[0].length, kind: 'line', length: 0 });
          if (opensLine) headerPage = true;
          continue;
        }
      }
      // (every shape of a transcript's page number opens with its digits)
      // (or, under a sharing site's `Transkript`, the next page's number alone: `2 Beslutande Omröstning …`)
      const known = at === 0 && digit ? transcriptNumber(text, state.page) : null;
      const site = at === 0 && digit && known === null && state.sitePages === true ? sitePage(text, state.page) : null;
      const transcript = known ?? site;
      // (the site's number is evidence enough of a page: nothing else need be cut on it)
      if (site !== null) sitePaged = true;
      const n = transcript ? Number(transcript[1]) : 0;
      if (n > state.page && n <= state.page + PAGE_SKIP) {
        cuts.push({ at, kind: 'page', length: transcript![0].length });
        transcriptPage = n;
        // (its running header, the organ, the kind and the date, is a line of its own: `Kommunfullmäktige PROTOKOLL 12 juni 2017`)
        const header = KIND_HEADER_DATED.exec(text.slice(transcript![0].length));
        if (header && transcript![0].length + header[0].length < text.length) cuts.push({ at: transcript![0].length + header[0].length, kind: 'line', length: 0 });
        // (`Beredningsgruppen för Norrvik 3/23 2` before the page's text: a header closed by the page's own number)
        else {
          const echoed = echoedHeader(text);
          if (echoed > 0 && echoed < text.length) cuts.push({ at: echoed, kind: 'line', length: 0 });
        }
        continue;
      }
    }
    if (at === 0) {
      // (a heading in capitals that opens the line is read whole: its words start nothing of their own)
      if (upper && text.length > 1 && isUpper(text.charCodeAt(1), text[1]!) && LABEL_FIRST.has(word.toLowerCase())) {
        const opening = labelAt(text);
        if (opening !== null && opening.text.includes(' ') && !HOLDS_LOWER.test(opening.text)) {
          labelStart = 0;
          labelEnd = opening.length;
          labelCaps = true;
        }
      }
      continue;
    }
    const lastCut = cuts[cuts.length - 1];
    // what may head an item: a number, a sign, an organ's letters
    const mayHead = digit || c === 0xa7 || isCapitals(word) || ORGAN_LETTERS.has(word);
    // (the number of `§ 42 Dnr …` and the sign of `KS § 42` are no headings of their own:
    // the heading was cut before its sign or its organ) (asked only of what may head an item, the only reader)
    const inHeading = mayHead && inCutHeading(text, at, lastCut);
    // (`miljöinspektör, § 67`: after a comma or a bracket, the paragraphs somebody attended;
    // `bordlades i § 9.`: after a preposition, a reference)
    const attended = c === 0xa7 && (COMMA_OR_BRACKET.test(lastBefore(text, at)) || REFERENCE_WORDS.has(wordBefore(text, at)) || rangeWordBefore(text, at) || attendedAfterPosition(text, at, rest));
    if (mayHead && !inHeading && !attended && !yearEndingTitle(word, text, at) && (ITEM.test(rest) || (!digit && c !== 0xa7 && (ORGAN_ITEM.test(rest) || POINT_PAGE.test(rest) || (ORGAN_COUNTED_ITEM.test(rest) && !KIND_WORDS_LOWER.has(wordBefore(text, at))))))) {
      // (`… Sammanträdesdatum FN 20 Dnr FN 2019/11 …`: an organ's letters that the lexicon does not know still open the heading)
      // (and before the letters of `AU § 2` that open the line: its sign is no heading of its own)
      const group = c === 0xa7 ? orRunOnSection(groupHeadingBefore(text, at, lastCut), text, at, lastCut) : -1;
      if (group >= 0) cuts.push({ at: group, kind: 'line', length: 0 });
      // (the board's letters before a committee's, `… protokollet. MN AU 13 Dnr …`, go with the heading too)
      cuts.push({ at: digit || (c === 0xa7 && (lastCut === undefined || lastCut.kind === 'page') && group < 0) || COMMITTEE_LETTERS.has(word) ? lettersBefore(text, at, lastCut) : at, kind: 'line', length: 0 });
      continue;
    }
    // (`… 3: Ekonomi Förbundschefen … 4: Strategi …`: notes' points numbered with a colon, normalise/colon-points.ts)
    const colon = digit && text.charCodeAt(wordEnd - 1) === 58 ? colonPointAt(text, at, word, colonExpected) : null;
    if (colon !== null) {
      cuts.push({ at, kind: 'line', length: 0 });
      colonExpected = colon + 1;
      continue;
    }
    if (digit) {
      const agenda = pageReferenceBefore(text, at) ? null : (AGENDA.exec(rest) ?? BARE_AGENDA.exec(rest));
      // the point that opens a transcript's page under its header (`… PROTOKOLL 12 juni 2017 3 Motion om …`): the run goes on from it
      if (agenda && transcriptPage > 0 && lastCut?.kind === 'line' && lastCut.at === at && Number(agenda[1]) >= expected) {
        expected = Number(agenda[1]) + 1;
        continue;
      }
      // (a number without its point counts in a run: after the agenda's points so far, or before the next)
      // (not in a table of contents run on one line: `Innehåll 1 Val av justerare 2 Budget …` is read as one)
      const bare = agenda !== null && !agenda[0].includes('.');
      if (bare && contentsLine === undefined) contentsLine = CONTENTS_LINE.test(text);
      const inRun = agenda !== null && (!bare || (!inHeading && !contentsLine && (expected > 1 || pointAfter((marks ??= new Marks(text)), wordEnd, ` ${expected + 1} `) >= 0)));
      // (a run of bare numbers, `1 Val av justerare … 2 Delegationsordning … Beslut 1. Delegationsordning antas. 2. … 3. …
      // 3 Budget`: the numbered clauses of a point's text go on with no point where the run's own next number follows)
      const clause = agenda !== null && !bare && state.bare === true && pointAfter((marks ??= new Marks(text)), wordEnd, ` ${agenda[1]!} `) >= 0;
      if (agenda && inRun && Number(agenda[1]) === expected && !clause) {
        state.bare = bare;
        // (`… Storgatan 2, Västby Ärenden 1. Mötets öppnande …`: the list's heading before its first point goes with it)
        // (and an hour column's hour before the point, `… Plats: Teams 09.00 1. Mötets öppnande …`, goes with it)
        const hour = bare ? at : hourColumnBefore(text, at, lastCut, expected === 1);
        // (and a group heading in capitals before a later one, `… Tid för justering EKONOMI 3. Budget …`, heads the points after it)
        const heading = bare ? -1 : expected === 1 ? listHeadingBefore(text, hour, lastCut) : capitalsHeadingBefore(text, hour, lastCut);
        // (or a group heading of the lexicon's, `… Val av justerare Beslutsärenden 3. Budget …`: normalise/run-on-sections.ts)
        const group = heading < 0 && !bare ? runOnSectionBefore(text, hour, lastCut?.at ?? 0) : -1;
        if (heading >= 0 || group >= 0) cuts.push({ at: heading >= 0 ? heading : group, kind: 'line', length: 0 });
        if (hour === at || hour > (lastCut?.at ?? 0)) cuts.push({ at: hour, kind: 'line', length: 0 });
        expected++;
      } else if (agenda && bare && state.bare === true && expected > 1 && lostBefore(Number(agenda[1]), expected) && PAGE_NUMBER.test(wordBefore(text, at)) && countedPointWithin(text, wordEnd, ` ${Number(agenda[1]) + 1} `) >= 0) {
        // a contents list's bare run, each entry's page after its title, some of whose numbers a transcript lost (`… 3
        // Budgetuppföljning 6 Markförsäljning i Norrby 8 5 Val av ombud 9 6 …`): right after a page, it goes on past the gap
        cuts.push({ at, kind: 'line', length: 0 });
        expected = Number(agenda[1]) + 1;
      } else if (agenda && !bare && expected > 1 && lostBefore(Number(agenda[1]), expected) && goesOn((marks ??= new Marks(text)), wordEnd, Number(agenda[1]))) {
        // a run some of whose numbers a transcript lost (`… 5. BUDGET … TILLSÄTTNING AV … 7. FÄRJTRAFIK … 8. …`): it goes on past the gap
        cuts.push({ at, kind: 'line', length: 0 });
        expected = Number(agenda[1]) + 1;
      } else if (agenda && !bare && !inHeading && expected === state.agenda + 1 && Number(agenda[1]) > expected && pointsFollow((marks ??= new Marks(text)), wordEnd, Number(agenda[1]))) {
        // minutes that number their paragraphs `20.`, `21.`, … from where the last meeting left off: a run of three
        cuts.push({ at, kind: 'line', length: 0 });
        expected = Number(agenda[1]) + 1;
      } else if (agenda && bare && !inHeading && !contentsLine && expected === 1 && state.agenda === 0 && agenda[1] === '2' && barePointsFollow((marks ??= new Marks(text)), wordEnd, 2)) {
        // a bare run whose `1` a transcript lost with the hour before it (`… klockan Sammanträdet öppnas 2 Närvaro … 3 Utseende … 4 …`):
        // it starts at 2 where 3 and 4 follow it, bare too
        cuts.push({ at, kind: 'line', length: 0 });
        expected = 3;
      } else if (agenda && !bare && agenda[1] === '1' && expected > 1 && opensPage(at, cuts) && pointsFollow((marks ??= new Marks(text)), wordEnd, 1)) {
        // the points again from `1.` at the top of a page, after the agenda that listed them: their texts
        // (`2 Kommunstyrelsen 4 (9) 1. Upprop … 2. Anmälan … 3. …`); only there, not a list inside a point's text
        cuts.push({ at, kind: 'line', length: 0 });
        expected = 2;
      } else if (agenda === null && capitalsAfter(text, wordEnd) && capitalsPointAt(text, at, rest, expected, state.agenda, (marks ??= new Marks(text)), wordEnd)) {
        // `… Ärenden: 39 SAMMANTRÄDETS LAGLIGHET 40 PROTOKOLLJUSTERARE 41 …`: an Åland notice page's §§-to-be, their titles in capitals
        cuts.push({ at, kind: 'line', length: 0 });
        const n = Number(BARE_CAPITALS_POINT.exec(rest)![1]);
        expected = n + 1;
        // (the title's words start nothing, `136 PROTOKOLLETS JUSTERING` no label; after the run's last point, the notice's
        // closing run on after its title is cut off)
        const end = capitalsTitleEnd(text, wordEnd, n, marks);
        if (end !== null) {
          if (end.closing) cuts.push({ at: end.at, kind: 'line', length: 0 });
          pointEnd = end.at;
        }
      } else if ((agenda === null || bare || counting) && !inHeading) {
        // `… Ärenden: 252 Konstatera laglighet … 253 Protokolljusterare …`: the §§-to-be counted on from the year's count
        // (not in a contents list, which is read as one: the line asked only once a run is found, most lines have none)
        const n = countedPointAt(text, at, rest, expected, state.agenda, counting, wordEnd);
        if (n !== null && (contentsLine ??= CONTENTS_LINE.test(text)) === false && !(listLine ??= headsOneLineList(text))) {
          // (the list's heading right before its first point, `… Tammerfors Ärende 182 …`, a line of its own over the points)
          const heading = counting ? -1 : agendaHeadingBefore(text, at, lastCut);
          if (heading >= 0) cuts.push({ at: heading, kind: 'line', length: 0 });
          cuts.push({ at, kind: 'line', length: 0 });
          expected = n + 1;
          counting = true;
        }
      }
      continue;
    }
    if (!upper) continue;
    if (POINT_FIRST.has(word)) {
      points ??= pointHeadings(text, state);
      const length = points.get(at);
      if (length !== undefined) {
        cuts.push({ at, kind: 'line', length: 0 });
        pointEnd = at + length;
        continue;
      }
    }
    // `Underskrift.`, `Underskrift...`, `Underskrift/anslagsansvarig`: the word before its leader or slash
    const leader = word.search(LEADER_OR_SLASH);
    const key = (leader < 0 ? word : word.slice(0, leader)).toLowerCase();
    // (a line of its own: the list of names after it is the next label's, `Beslutande  Övriga närvarande  Se bilaga  Eva Ek, …`)
    const elsewhere = ELSEWHERE_FIRST.has(key) ? ELSEWHERE.exec(rest) : null;
    if (elsewhere) {
      cuts.push({ at, kind: 'around', length: elsewhere[0].length });
      continue;
    }
    const notice = NOTICE_FIRST.has(key) ? NOTICE.exec(rest) : null;
    if (notice) {
      cuts.push({ at, kind: 'around', length: notice[0].length });
      continue;
    }
    if (FURNITURE_FIRST.has(key)) {
      const furniture = FURNITURE.exec(rest);
      if (furniture) {
        cuts.push({ at, kind: 'around', length: furniture[0].length });
        continue;
      }
    }
    // `… godkänns. Kommunstyrelsens beslut Informationen noteras.`
    if ((HEADING_FIRST.has(key) || key.endsWith('s') || key.endsWith('-')) && !afterComma(text, at)) {
      const heading = HEADING.exec(rest);
      if (heading) {
        cuts.push({ at, kind: 'around', length: heading[0].length });
        continue;
      }
    }
    // `… äger rum i stadskansliet. Förslag Stadsdirektören: Stadsstyrelsen utser …`: a Finland-Swedish proposal, who proposes named
    if (key === 'förslag' && SPOKEN_PROPOSAL.test(rest)) {
      cuts.push({ at, kind: 'line', length: 0 });
      continue;
    }
    // `§ 72 PROTOKOLLJUSTERING Stadssekreteraren: Protokolljustering …`: who speaks after the §'s title in capitals or a sentence
    if (word.endsWith(':') && SPEAKER_WORD.test(word) && (SENTENCE_CLOSE.test(lastBefore(text, at)) || isUpper(text.charCodeAt(at - 2), text.charAt(at - 2)))) {
      cuts.push({ at, kind: 'line', length: 0 });
      continue;
    }
    // `10. Övriga frågor`, `2. Föredragningslista`, `3 Budget`: the title of the agenda point just cut is no label or heading
    if (lastCut && /^\d{1,3}\.?\s*$/u.test(text.slice(lastCut.at, at))) continue;
    // `… Maja Lind, ekonom Föredragningslista Ärende/Föredragande …`: a notice's agenda heading after its lists
    // (not the title of a § just cut: `§ 2 Föredragningslista`, `KS § 4 Dagordning`)
    if (AGENDA_HEADING_FIRST.has(word) && AGENDA_HEADING.test(rest) && !(lastCut && JUST_NUMBERED.test(text.slice(lastCut.at, at)))) {
      cuts.push({ at, kind: 'line', length: 0 });
      continue;
    }
    // `… 9. Mötets avslutande Välkomna! Anna Berg …`: a notice's closing after its last point
    if ((CLOSING_FIRST.has(word) || (word.endsWith('!') && CLOSING_FIRST.has(word.slice(0, -1)))) && CLOSING.test(rest)) {
      cuts.push({ at, kind: 'line', length: 0 });
      continue;
    }
    // `… beviljar bygglov. Föredragande: Lisa Holm`: a body label with its colon
    if (word.endsWith(':') && BODY_LABEL_FIRST.has(word.toLowerCase()) && SENTENCE_CLOSE.test(lastBefore(text, at))) {
      cuts.push({ at, kind: 'line', length: 0 });
      continue;
    }
    // `… 2024-01-23 Senast uppdaterad: …`: a site's wrapper, which the debris stage then drops
    if (WRAPPER_FIRST.has(key) && WRAPPER_START.test(rest)) {
      cuts.push({ at, kind: 'line', length: 0 });
      wrapper = true;
      continue;
    }
    const label = LABEL_FIRST.has(key) || LABEL_FIRST.has(gluedHead(word).toLowerCase()) ? labelAt(rest) : null;
    if (!label) continue;
    // right after a § heading's number a label's word is the §'s title (`§ 1 Protokolljusterare Till att justera …`)
    // (the § opening its piece: `… ekonomichef § 47 Utses att justera` attended § 47, and the label opens the next field)
    if (PARAGRAPH_BEFORE.test(text.slice(Math.max(cuts[cuts.length - 1]?.at ?? 0, at - PARAGRAPH_REACH), at))) continue;
    // … and right after the number of the point that opens the line (`1. Ordförande Eva Lund hälsade alla välkomna …`)
    if (cuts.length === 0 && at <= PARAGRAPH_REACH && POINT_BEFORE.test(text.slice(0, at))) continue;
    // after a comma or a bracket a word is mostly what the name before it is (`Anna Ek, Ordförande`,
    // `Åke Myr, (c), Tallby, Tjänstgörande ersättare`); a heading of several words that names no
    // position is still one (`… Leif Alm (V) 122, Övriga närvarande Ersättare …`)
    // (but a list's label with its colon is one there too: `… Lennart Ek (V), Ersättare: Carina Bo (M) …`)
    if (afterComma(text, at) && !placeThenSigner(text, at, label, rest) && (label.weak || !label.text.includes(' ') || POSITIONS.has(label.text.slice(label.text.lastIndexOf(' ') + 1).toLowerCase())) && !(label.field === 'participants' && (COLON_END.test(rest.slice(0, label.length)) || (DECIDERS.test(label.text) && NAME_NEXT.test(rest.slice(label.length).trimStart()))))) continue;
    // a label right after another label's leader, which has no value of its own there (`Sekreterare... Paragrafer Eva Ek`)
    const previous = wordBefore(text, at);
    // `… Eva Ek (C) Anmält förhinder Övriga: Bo Ås …`: the absent's heading without its colon after a party's bracket, before
    // the next label or the end, names nobody after it: it is a remark on the person before it, left on that person's line
    if (label.field === 'participants' && previous.endsWith(')') && ABSENT_HEADS.has(label.text.toLowerCase()) && !COLON_END.test(rest.slice(0, label.length))) {
      const next = rest.slice(label.length).trimStart();
      if (next === '' || labelAt(next) !== null) continue;
    }
    const unled = label.weak ? trimEndOf(previous, '.…_:') : previous;
    const afterLabel = unled !== previous && LABEL_FIRST.has(unled);
    // a label in running text: written with a colon, one that is no everyday word, or a
    // signer's label before a name (`… Martin Blom Ordförande Lena Sjövall Justerare …`)
    // (`Sekreterare... Maja Lind`: the name after the label's leader)
    const after = rest.slice(label.length).replace(LEADER_RUN, '');
    // (`Tid Klockan 13.00-16.00 Plats Forssalen`: a capitalised label right after a time or a year ends the value before it,
    // and one right after `kl` whose hour was lost: `Tid Tisdagen den 9 mars kl Plats Beslutande …`)
    // (`… Mira Wester Närvarorätt Övriga deltagande …`: a list's label whose word is prose too, left empty before a label that is none)
    if (COLON_END.test(rest.slice(0, label.length)) || !label.weak || afterLabel || isPhrase(label.text) || TIME_OR_YEAR_END.test(previous) || HOUR_LOST.test(previous) || (label.value === 'range' && !LABEL_FIRST.has(unled) && (RANGE_NEXT.test(after) || GRID_NEXT.test(after) || labelAt(after)?.weak === false)) || (label.field === 'participants' && LABEL_FIRST.has(firstKey(after)) && labelAt(after)?.weak === false) || (SIGNER.has(label.field) && (NAME_NEXT.test(after) || labelAt(after) !== null))) {
      cuts.push({ at, kind: 'line', length: 0 });
      labelStart = at;
      labelEnd = at + label.length;
      labelCaps = label.text.includes(' ') && !HOLDS_LOWER.test(label.text);
    }
  }
  // a line that opens with an item's heading needs one cut to be an item run on with its
  // body, and so does one that a site's wrapper ends (and a page a transcript numbered: its number was the first cut)
  // the page's own number at its end, the same as the transcript's before it (`1 Protokoll … Justerare Eva Ek 1`): furniture, dropped
  // (left as a line of its own it opened a § with the next page's header for its title: `2` / `Protokoll NORRBY KOMMUN`)
  if (transcriptPage > 0) {
    const own = OWN_PAGE_NUMBER.exec(text);
    if (own && Number(own[1]) === transcriptPage && own.index > (cuts[cuts.length - 1]?.at ?? 0)) cuts.push({ at: own.index + 1, kind: 'drop', length: own[1]!.length });
  }
  // (and so does one that opens with its page's counter: `2 (22) § 64 Title …`, the § cut after it)
  const opensItem = ITEM.test(text) || AGENDA.test(text) || (cuts[0]?.at === 0 && cuts[0].kind === 'page');
  const inner = cuts.filter((c) => c.at > 0).length;
  // (a front page's row that opens with a label needs one cut too: `Förvaringsplats för protokollet Kansliet Sista datum för överklagande …`;
  // and one that opens with an everyday label word before a label that is none: `Plats Kulturhuset, Norrby Beslutande Britta Ek (S) …`)
  // (and so does a document's title page run on into one line: its kind's word opens it, one label follows)
  const opensDocument = inner === 1 && KIND_OPENS_TEXT.test(text);
  if (!sitePaged && inner < (opensItem || wrapper || headerPage || transcriptPage > 0 || opensDocument ? 1 : MIN_CUTS) && !(inner === 1 && cuts[0]!.kind === 'line' && labelRow(text, cuts[0]!.at))) return [{ text, pageStart: false }];
  state.agenda = expected - 1;
  if (transcriptPage > 0) state.page = transcriptPage;
  const out: Reflowed[] = [];
  let from = 0;
  let pageStart = headerPage;
  const push = (to: number): void => {
    const piece = text.slice(from, to).trim();
    if (piece !== '') out.push({ text: piece, pageStart });
    if (piece !== '') pageStart = false;
  };
  for (const c of cuts) {
    push(c.at);
    if (c.kind === 'page') {
      pageStart = true;
      from = c.at + c.length;
    } else if (c.kind === 'drop') from = c.at + c.length;
    else if (c.kind === 'around') {
      out.push({ text: text.slice(c.at, c.at + c.length), pageStart });
      pageStart = false;
      from = c.at + c.length;
    } else from = c.at;
  }
  push(text.length);
  return out;
}
