// Dates and clock times as minutes write them: `2020-10-30`, `Fredag 27 mars 2020`,
// `Tisdagen den 26 november` (the year written elsewhere), `230531` after `Datum:`,
// `klockan 09.30 – 11.30`, `kl. 9:00–12:00`, `Tid 09.00 – 11.00`, `torsdag 27/5`.
import { COUNT_UNITS, HOURS_AFTER_WORDS, MONTHS, WEEKDAYS } from '../lexicon/sv.js';
import { allMatches, alternation, DASH } from './patterns.js';
import { ANY_LETTER } from './letters.js';

export interface DateHit {
  /** `YYYY-MM-DD`; null while the year is unknown or the date does not exist. */
  iso: string | null;
  year: number | null;
  month: number;
  day: number;
  index: number;
  length: number;
  /** Written with a weekday or `den`: the way minutes state their meeting day. */
  spelledOut: boolean;
  /** A compact `230531`: only trusted right after a date label. */
  compact: boolean;
}

const MONTH_ALT = alternation(Object.keys(MONTHS));
const WEEKDAY_ALT = alternation(WEEKDAYS);
const ISO = `(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})(?!\\d)`;
const SPELLED = `(?:(${WEEKDAY_ALT})(?![${ANY_LETTER}])[,\\s]+)?(?:(den)\\s+)?(\\d{1,2})(?::[ae])?\\s+(${MONTH_ALT})(?!\\.?[${ANY_LETTER}])\\.?(?:,?\\s+(\\d{4})(?!\\d))?`;
const COMPACT = `(?<![\\d-])((?:19|20)?\\d{2})(\\d{2})(\\d{2})(?![\\d-])`;
// `9.5.2023`, `09.05.2023`, `8/5 2023`, `05/06/2024`: day first, as Swedish-language Finnish minutes and letters write it
const DAY_FIRST = `(\\d{1,2})[./](\\d{1,2})[./\\s]\\s?((?:19|20)\\d{2})(?![\\d])`;
// `torsdag 27/5`, `den 3/11`: day and month with a slash and no year (the year written elsewhere);
// `5/3-19`, `den 5/3 -19`, `5/5-2021`: or the year after a dash, its two digits or four (not a range's second day, `5/3-19/3`, nor an hour, `5/3 - 19.00`);
// `den 7/3 2014`: or the year after a space (which the day-first reading would take, but `den` opens this one first)
const DAY_SLASH_MONTH = `(?:(${WEEKDAY_ALT})(?![${ANY_LETTER}])[,\\s]+)?(?:(den)\\s+)?(\\d{1,2})\\/(\\d{1,2})(?: ?[-–] ?((?:19|20)?\\d{2})(?![\\d/:]|\\.\\d)| ((?:19|20)\\d{2})(?!\\d))?(?![\\d/])`;
// `05.03.19`: day, month and a two-digit year with points (trusted as a compact date is: a label or a heading says it is one)
const DAY_FIRST_SHORT = `(\\d{2})\\.(\\d{2})\\.(\\d{2})(?![\\d:]|\\.\\d)`;
// every date opens with a digit, a weekday or `den`: a look at the first character before the lookbehind and the five
// readings are tried (in either case; with `u`, what folds to a weekday's letter passes as the pattern's `i` would take it)
const DATE_OPENINGS = [...new Set([...WEEKDAYS, 'den'].map((w) => w.charAt(0)))].join('');
const DATE = new RegExp(`(?=[\\d${DATE_OPENINGS}])(?<![\\d${ANY_LETTER}.])(?:${ISO}|${SPELLED}|${COMPACT}|${DAY_FIRST}|${DAY_SLASH_MONTH}|${DAY_FIRST_SHORT})`, 'giu');

export function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2199) return false;
  return d <= daysIn(y, m);
}

// (counted, not asked of a Date: every date found is checked, and a Date is an object to make)
const isLeapYear = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const daysIn = (y: number, m: number): number => (m === 2 ? (isLeapYear(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31);

const pad = (n: number): string => String(n).padStart(2, '0');
export const toIso = (y: number, m: number, d: number): string | null => (isValidDate(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null);

// every date and every clock time holds a digit; most lines hold none, and this test reads one
// several times faster than the patterns would find nothing
const DIGIT = /\d/;

// the first day of a range before a spelled-out date (`26-27 januari`, `1–2 december`)
const DAY_RANGE_BEFORE = /(?<!\d)(\d{1,2}) ?[-–] ?$/u;

export function findDates(text: string): DateHit[] {
  const hits: DateHit[] = [];
  if (!DIGIT.test(text)) return hits;
  for (const m of allMatches(DATE, text)) {
    const index = m.index;
    if (m[1]) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      hits.push({ iso: toIso(y, mo, d), year: y, month: mo, day: d, index, length: m[0].length, spelledOut: false, compact: false });
    } else if (m[6]) {
      const y = m[8] ? Number(m[8]) : null;
      const mo = MONTHS[m[7]!.toLowerCase()]!;
      // `den 26-27 januari 2002`: a meeting of two days is dated by its first
      // (the dash ends the text before the date, a space after it or not: asked before the pattern, most dates have none)
      // (nothing read before the text's start: a date at its first two places has no range before it, and such a read
      // costs the function its optimised code)
      const dash = index > 1 ? text.charAt(text.charCodeAt(index - 1) === 32 ? index - 2 : index - 1) : '';
      const range = index > 1 && (dash === '-' || dash === '–') ? DAY_RANGE_BEFORE.exec(text.slice(Math.max(0, index - 6), index)) : null;
      const first = range && Number(range[1]) < Number(m[6]) ? range : null;
      const d = first ? Number(first[1]) : Number(m[6]);
      hits.push({
        iso: y === null ? null : toIso(y, mo, d), year: y, month: mo, day: d, index: index - (first?.[0].length ?? 0), length: m[0].length + (first?.[0].length ?? 0),
        spelledOut: Boolean(m[4] || m[5]), compact: false,
      });
    } else if (m[9]) {
      const yy = m[9]!.length === 2 ? 2000 + Number(m[9]) : Number(m[9]);
      const [mo, d] = [Number(m[10]), Number(m[11])];
      if (mo < 1 || mo > 12) continue;
      hits.push({ iso: toIso(yy, mo, d), year: yy, month: mo, day: d, index, length: m[0].length, spelledOut: false, compact: true });
    } else if (m[12]) {
      const [d, mo, y] = [Number(m[12]), Number(m[13]), Number(m[14])];
      if (mo < 1 || mo > 12) continue;
      hits.push({ iso: toIso(y, mo, d), year: y, month: mo, day: d, index, length: m[0].length, spelledOut: false, compact: false });
    } else if (m[17]) {
      const [d, mo] = [Number(m[17]), Number(m[18])];
      if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
      // (`2/3` alone may be a share: trusted as a compact date is, after a date label, unless a weekday or `den` says it is a day;
      // `5/3-19` with its year is a date)
      const spelledOut = Boolean(m[15] || m[16]);
      const y = m[19] ? (m[19].length === 4 ? Number(m[19]) : shortYear(m[19])) : m[20] ? Number(m[20]) : null;
      hits.push({ iso: y === null ? null : toIso(y, mo, d), year: y, month: mo, day: d, index, length: m[0].length, spelledOut, compact: !spelledOut && y === null });
    } else if (m[21]) {
      const [d, mo, y] = [Number(m[21]), Number(m[22]), shortYear(m[23]!)];
      if (mo < 1 || mo > 12) continue;
      hits.push({ iso: toIso(y, mo, d), year: y, month: mo, day: d, index, length: m[0].length, spelledOut: false, compact: true });
    }
  }
  return hits;
}

// `-19` is 2019, `-98` 1998: a two-digit year in the minutes finsam reads is this century's unless it lies well ahead
const shortYear = (yy: string): number => (Number(yy) < 70 ? 2000 : 1900) + Number(yy);

/** A date of a day and month whose year is written elsewhere. */
export const withYear = (hit: DateHit, year: number): string | null => toIso(year, hit.month, hit.day);

export interface TimeHit {
  start: string;
  end: string | null;
  /** The end was written with a dash for its point (`08.30-12-20`): read as 12:20, worth a warning. */
  typo?: string;
  index: number;
  length: number;
}

const CLOCK = `([01]?\\d|2[0-3])(?:[.:]([0-5]\\d))`;
const CLOCK_OR_HOUR = `([01]?\\d|2[0-3])(?:[.:]([0-5]\\d))?`;
// after `kl`/`tid` a comma may stand for the point too (`kl 9,30 – 12,00`), glued to the minutes
const LABELLED_CLOCK = `([01]?\\d|2[0-3])(?:[.:,]([0-5]\\d))`;
const LABELLED_CLOCK_OR_HOUR = `([01]?\\d|2[0-3])(?:[.:,]([0-5]\\d))?`;
// `– 11.30`, `till 12.00`, `– ca 12.00`, `– cirka 12.00`, `- kl. 12`
// (or, where a form's two boxes lost their dash, a full clock time one space after it: `Sammanträdestid 13:15 14:30`,
// `kl 14,00 17,15` with the comma the label allows, but not a decimal number, `12,5`, nor one the comma runs on from)
const RANGE_END = (end: string): string =>
  `(?:\\s*(?:${DASH}|till)\\s*(?:(?:ca|cirka)\\.?\\s*)?(?:klo?\\.?\\s*)?${end}|\\s+${LABELLED_CLOCK}(?![\\d.:-]|,\\d))?(?![\\d])`;
// `kl. 9:00–12:00`, `klockan 09.30 – 11.30`, `kl 13–15`, `klo 9.00` (Finnish's word, in Swedish-language Finnish minutes)
const CLOCK_LABELLED = new RegExp(`(?<![${ANY_LETTER}])(?:kl\\.?|klo\\.?|klockan)\\s*${LABELLED_CLOCK_OR_HOUR}${RANGE_END(LABELLED_CLOCK_OR_HOUR)}`, 'giu');
// `mellan kl 13.00 och 15.30`, `mellan klockan 9 och 12`: the range in words
const CLOCK_BETWEEN = new RegExp(`(?<![${ANY_LETTER}])mellan\\s+(?:kl\\.?|klockan)\\s*${LABELLED_CLOCK_OR_HOUR}\\s+och\\s+(?:(?:kl\\.?|klockan)\\s*)?${LABELLED_CLOCK_OR_HOUR}(?![\\d])`, 'giu');
// `Tid 09.00 – 11.00`, `Starttid: 13:00`: after `tid` only a full clock time counts (`tid 2 år` is no time)
const TID_LABELLED = new RegExp(`(?<![${ANY_LETTER}])(?:sammanträdestid|mötestid|starttid|tid):?\\s*${LABELLED_CLOCK}${RANGE_END(LABELLED_CLOCK)}`, 'giu');
// `möte 13-17`, `Tid: 13–16.30`: whole hours after a meeting word or the time's label (not `möte 13-14 juni`, two
// days, nor `möte 10-12 gånger per år`, a count)
const HOUR = '([01]?\\d|2[0-3])';
const EARLIEST_HOUR = 6;
const HOURS_LABELLED = new RegExp(
  `(?<![${ANY_LETTER}])(?:${alternation(HOURS_AFTER_WORDS)}):?\\s{1,3}${HOUR}\\s?${DASH}\\s?${CLOCK_OR_HOUR}(?![\\d.:])(?!\\s{0,2}(?:${MONTH_ALT}|${alternation(COUNT_UNITS)}|%)(?![${ANY_LETTER}]))`,
  'giu',
);
// `08.30-12.00` without a label
// (`13.00 - ca 15.00`: the end said roughly)
const BARE_RANGE = new RegExp(`(?<![\\d.:])${CLOCK}\\s*${DASH}\\s*(?:(?:ca|cirka)\\.?\\s)?${CLOCK}(?![\\d])`, 'gu');
// `10:00 12:00`: a form's two boxes, start and end, whose dash was lost; two full clock times one space apart,
// the end later than the start (a line of two unrelated times seldom puts them side by side in order)
const BARE_PAIR = new RegExp(`(?<![\\d.:])${CLOCK}\\s{1,3}${CLOCK}(?![\\d.:])`, 'gu');
// `08.30-12-20`: a range whose end has a dash where its point belongs
const TYPO_RANGE = new RegExp(`(?<![\\d.:])${CLOCK}\\s*-\\s*([01]?\\d|2[0-3])-([0-5]\\d)(?![\\d.:-])`, 'gu');

// the end right after a start, one to three spaces between (sticky: read at the start's end)
const PAIRED_END = new RegExp(`\\s{1,3}${CLOCK}(?![\\d:]|\\.\\d)`, 'uy');
/** The hit with the end a clock time one space after it gives, later than its start (`kl. 16:00 19:30`); else the hit. */
function withPairedEnd(text: string, hit: TimeHit): TimeHit {
  PAIRED_END.lastIndex = hit.index + hit.length;
  const m = PAIRED_END.exec(text);
  if (!m) return hit;
  const end = clock(m[1]!, m[2]);
  return end > hit.start ? { ...hit, end, length: hit.length + m[0].length } : hit;
}

const clock = (h: string, m: string | undefined): string => `${pad(Number(h))}:${m ?? '00'}`;

/** Each match of a global pattern made a hit (or passed by, null) and pushed as it is read; how many were pushed. */
function pushAll(hits: TimeHit[], re: RegExp, text: string, hit: (m: RegExpExecArray) => TimeHit | null): number {
  const before = hits.length;
  re.lastIndex = 0;
  // (no pattern here matches the empty text: each match moves the search on)
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const h = hit(m);
    if (h !== null) hits.push(h);
  }
  re.lastIndex = 0;
  return hits.length - before;
}

export function findTimes(text: string, allowBare = false): TimeHit[] {
  const hits: TimeHit[] = [];
  if (!DIGIT.test(text)) return hits;
  // (each pattern read with its own `exec` loop, a hit kept and its match let go at once: the matches of a long line
  // gathered first, arrays of captures, outlived the young generation and the collector's time grew faster than the line)
  // (a range in words, `mellan kl 13.00 och 15.30`, asked only where the word stands; the `kl 13.00` inside it is read already)
  const ranges = text.includes('ellan') ? pushAll(hits, CLOCK_BETWEEN, text, (m) => ({ start: clock(m[1]!, m[2]), end: clock(m[3]!, m[4]), index: m.index, length: m[0].length })) : 0;
  for (const re of [CLOCK_LABELLED, TID_LABELLED]) {
    // (both in the order of the text: one pass over the ranges in words, however many of each a line holds)
    let b = 0;
    pushAll(hits, re, text, (m) => {
      while (b < ranges && hits[b]!.index + hits[b]!.length <= m.index) b++;
      if (b < ranges && hits[b]!.index <= m.index) return null;
      return { start: clock(m[1]!, m[2]), end: m[3] ? clock(m[3], m[4]) : m[5] ? clock(m[5], m[6]) : null, index: m.index, length: m[0].length };
    });
  }
  // a typo's end is read as the clock it meant, and said so
  // (the hits in the order of the text, walked once with the typos: asking every hit for each typo was quadratic on a
  // line of them, `kl 08.30-12-20` × n)
  hits.sort((a, b) => a.index - b.index);
  const bare: TimeHit[] = [];
  let at = 0;
  // (a typo's range holds two hyphens, the range's and the one for the end's point: most texts hold fewer)
  const hyphen = text.indexOf('-');
  if (hyphen >= 0 && text.includes('-', hyphen + 1)) pushAll(bare, TYPO_RANGE, text, (m) => {
    // (a hit that ends before this typo ends before every later one too)
    while (at < hits.length && hits[at]!.index + hits[at]!.length < m.index) at++;
    const hit = { start: clock(m[1]!, m[2]), end: clock(m[3]!, m[4]), index: m.index, length: m[0].length, typo: m[0] };
    // (the labelled hit's start, `kl. `, kept; its end is the typo's)
    if (at < hits.length && hits[at]!.index <= m.index + 5) hits[at] = { ...hit, index: hits[at]!.index, length: m.index + m[0].length - hits[at]!.index };
    else if (allowBare) return hit;
    return null;
  });
  for (const h of bare) hits.push(h);
  // (HOURS_LABELLED needs one of its words, and each holds `tid`, `möte` or `ammanträde`, letters no other character folds
  // to but their capitals: asked of the lower-cased text after the dash between digits)
  if (hits.length === 0 && /\d\s?[-‐‑‒–—]\s?\d/u.test(text) && mayNameHours(text.toLowerCase())) {
    for (const m of allMatches(HOURS_LABELLED, text)) {
      // a meeting's day starts in the morning at the earliest (`möte 2-3 …` counts something)
      if (Number(m[1]) >= EARLIEST_HOUR && Number(m[1]) < Number(m[2])) hits.push({ start: clock(m[1]!, undefined), end: clock(m[2]!, m[3]), index: m.index, length: m[0].length });
    }
  }
  hits.sort((a, b) => a.index - b.index);
  // (`kl. 16:00 19:30.` under a time's label: a later clock time one space after the start is the end whose dash was lost)
  if (allowBare) for (let k = 0; k < hits.length; k++) if (hits[k]!.end === null) hits[k] = withPairedEnd(text, hits[k]!);
  if (allowBare && hits.length === 0) {
    for (const m of allMatches(BARE_RANGE, text)) {
      hits.push({ start: clock(m[1]!, m[2]), end: clock(m[3]!, m[4]), index: m.index, length: m[0].length });
    }
    if (hits.length === 0) {
      for (const m of allMatches(BARE_PAIR, text)) {
        const start = clock(m[1]!, m[2]);
        const end = clock(m[3]!, m[4]);
        if (start < end) hits.push({ start, end, index: m.index, length: m[0].length });
      }
    }
  }
  return hits;
}

// (every word of HOURS_AFTER_WORDS holds one of these today; for as long as the lexicon's words all do, a text without
// them is passed by before the pattern)
const HOURS_WORD_CORES = ['tid', 'möte', 'ammanträde'] as const;
const HOURS_WORDS_COVERED = HOURS_AFTER_WORDS.every((w) => HOURS_WORD_CORES.some((c) => w.includes(c)));
const mayNameHours = (lower: string): boolean => !HOURS_WORDS_COVERED || lower.includes('tid') || lower.includes('möte') || lower.includes('ammanträde');
