// The meeting day and hours from the header. Dates compete: one right after a date
// label (`Sammanträdesdatum`, `Datum:`, `Dag`) or written with its weekday wins over a
// date on a line of meeting words, which wins over a lone date (a kallelse's sending
// date). Dates labelled as justering or anslag never count.
import { BODIES, HEADER_LABELS, KIND_TITLES, MEETING_WORDS, OTHER_DATE_LABELS, POSTING } from '../../lexicon/sv.js';
import { hintOf } from '../../text/hint.js';
import { isBlank, type Line } from '../../text/line.js';
import { alternation } from '../../text/patterns.js';
import { findDates, findTimes, withYear, type DateHit, type TimeHit } from '../../text/dates.js';
import { ANY_LETTER, OPENS_LOWER } from '../../text/letters.js';
import { isBreakHours } from './break-hours.js';
import { isPersonHours } from './person-hours.js';
import type { ClaimedDate } from './claimed-dates.js';

const DATE_LABEL = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(HEADER_LABELS.date)})(?![${ANY_LETTER}])[\\s:]*$`, 'iu');
const DATE_LABEL_ALONE = new RegExp(`^(?:${alternation(HEADER_LABELS.date)})\\s*:?$`, 'iu');
const OTHER_LABELS = [...POSTING.adjusted, ...POSTING.postedFrom, ...POSTING.postedTo, ...POSTING.postedRange, ...OTHER_DATE_LABELS, 'anslag', 'justering', 'utsänd', 'skickad', 'nästa sammanträde', 'nästa möte'];
const OTHER_LABEL = new RegExp(`(?:${alternation(OTHER_LABELS)})[^\\d]{0,30}$`, 'iu');
// such a label ends at most 30 characters before the end (60 code units: with `u`, `[^\d]` reads a
// surrogate pair as one) and its words stand one space apart in a line's flat text: only that
// tail of a long line is read (the pattern tried every place of a prose line above a date)
const OTHER_LABEL_REACH = Math.max(...OTHER_LABELS.map((w) => w.length)) + 60;
// (the labels plain first: most text before a date holds none, and the Unicode pattern of 90 phrases is the costly one)
const MAY_BE_OTHER_LABEL = hintOf(OTHER_LABELS);
// (and a label has no digit and no digit may follow it: it stands after the text's last digit, and nothing before
// that is read; the text before a date often holds another date and its label, `Justerad 2021-03-04 Datum`)
const endsInOtherLabel = (flat: string): boolean => {
  const reach = Math.max(0, flat.length - OTHER_LABEL_REACH);
  let from = flat.length;
  while (from > reach && !isDigit(flat.charCodeAt(from - 1))) from--;
  return isOtherLabelTail(from > 0 ? flat.slice(from) : flat);
};
/** endsInOtherLabel of a text known to hold no digit: its tail is the reach's, and no character is read to find it. */
const digitlessEndsInOtherLabel = (flat: string): boolean => {
  const reach = flat.length - OTHER_LABEL_REACH;
  return isOtherLabelTail(reach > 0 ? flat.slice(reach) : flat);
};
const isOtherLabelTail = (tail: string): boolean => MAY_BE_OTHER_LABEL.test(tail) && OTHER_LABEL.test(tail);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Where the first date another label claims stands in a label's value (`… tid och plats för justering: måndagen den
 * 11 mars kl. 15.30`, a sentence a front-page label took for its value): neither it nor the hours after it are the
 * meeting's. Infinity where none is (most values name no other date's label: the plain hint first).
 */
export function otherLabelsDateAt(text: string): number {
  if (!MAY_BE_OTHER_LABEL.test(text)) return Infinity;
  for (const hit of findDates(text)) if (endsInOtherLabel(text.slice(0, hit.index))) return hit.index;
  return Infinity;
}

/**
 * Whether the content line above line `at` is another date's label with no date of its own (`PROTOKOLLET HAR` /
 * `JUSTERATS` / `Tid 4.12.2015`, `VARIT FRAMLAGT TILL PÅSEENDE` / `Tid och plats 4.12.2015 Stadshuset`): a time's or
 * a place and time's label under it is that date's, as a date of a line under it is (findWhen's `otherAbove`).
 */
export function underOtherLabel(lines: readonly Line[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && isBlank(lines[k]!)) k--;
  const above = k >= 0 ? lines[k]!.flat : '';
  return above !== '' && !DIGIT.test(above) && digitlessEndsInOtherLabel(above);
}
// `2021-03-05 – 2021-03-26`: the second date of a range goes with the first
const RANGE_JOIN = /^\s*(?:[-–—/]{1,2}|till|t\.?\s?o\.?\s?m\.?)\s*$/iu;
const MEETING_WORD = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(MEETING_WORDS)})(?![${ANY_LETTER}])`, 'iu');
// (the words plain first: most lines with a digit speak of no meeting, and the Unicode pattern tries every place of them)
const MAY_BE_MEETING_WORD = hintOf(MEETING_WORDS);
// (`Tid Plats 18:30-19:30 Aulan`: a row of labels, the time's first, before the row of their values)
// a time's labels, and the place's labels that may stand right after one (`Tid Plats`); named once for the pattern and its letters' gate
const TIME_LABELS = HEADER_LABELS.time;
const PLACE_AFTER_TIME = ['plats', 'lokal'];
const TIME_LABEL = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(TIME_LABELS)})(?![${ANY_LETTER}])(?:[\\s:]+(?:${PLACE_AFTER_TIME.join('|')})(?![${ANY_LETTER}]))?[\\s:]*$`, 'iu');
// the last letter of every date or time label above, in either case, before the colons and white space that may follow it
// (under `iu` an `ſ` is an `s`): the text before a date, most often a sentence's words, is read by those patterns only when it ends on one
const LABEL_LAST_LETTERS = new Set(
  [...HEADER_LABELS.date, ...TIME_LABELS, ...PLACE_AFTER_TIME]
    .map((w) => w.charAt(w.length - 1))
    .flatMap((c) => [c.toLowerCase(), c.toUpperCase(), ...(c === 's' ? ['\u017f'] : [])]),
);
function mayEndInLabel(text: string): boolean {
  let end = text.length;
  // (`[\s:]*$`: a character `trim` takes away is one `\s` matches)
  while (end > 0 && (text.charCodeAt(end - 1) === 58 || text.charAt(end - 1).trim() === '')) end--;
  return end > 0 && LABEL_LAST_LETTERS.has(text.charAt(end - 1));
}
const LONE_YEAR = /^(?:19|20)\d{2}$/;
const DIGIT = /\d/;
const LOWER_START = OPENS_LOWER;
// `Protokoll 180414`, `Minnesanteckningar beredningsgruppen 230531`, `Styrelsemötet 210527`: a
// heading of the kind or the organ that ends in a compact date names the meeting's day
const TITLE_WORDS = [...KIND_TITLES.minutes, ...KIND_TITLES.notice, ...KIND_TITLES.notes, ...BODIES.flatMap((b) => b.forms)];
const DATED_TITLE = new RegExp(`^(?:${alternation(TITLE_WORDS)})(?![${ANY_LETTER}])[${ANY_LETTER}\\s-]{0,60}$`, 'iu');
// a heading stands among the first lines of the document
const TITLE_LINES = 3;
// `Styrelsemötet 210527 kl. 9.00–11.30`: the hours right after a compact date make the line the meeting's
// statement wherever it stands on the front page
const HOURS_AFTER = /^[\s,]{0,3}(?:(?:kl\.?|klockan)\s{0,2}\d|\d{1,2}[.:]\d\d)/iu;
// `12 mars 2025, 09.00–11.30`, `2025-03-12 13.00-15.00`: a range of hours right after the day, with no `kl`
// (`2 juni 2011 10:00 12:00`: or the form's two boxes of hours, their dash lost)
const HOURS_RIGHT_AFTER = /^[\s,]{0,3}\d{1,2}[.:]\d\d(?:\s*[-–—]|\s{1,3}\d{1,2}[.:]\d\d(?![\d.:]))/u;
// `Tid: 2026-05-07 13.00`: one hour right after the day a label gives is the meeting's start (without the label a
// lone hour may be anything: `5 juni 2025 14:00 sal 3`)
const LONE_HOUR_RIGHT_AFTER = /^[\s,]{0,3}([01]?\d|2[0-3])[.:]([0-5]\d)(?![\d.:])/u;

export interface MeetingWhen {
  date: string | null;
  /** The year the chosen date (or the header) states, for a date written without one. */
  year: number | null;
  dateLine: number | null;
  startTime: string | null;
  endTime: string | null;
  /** An end time written with a dash for its point (`08.30-12-20`), read as it was meant. */
  timeTypo: { text: string; line: number } | null;
  /** A written date that does not exist (`31 juni 2023`). */
  invalid: { text: string; line: number } | null;
}

interface Candidate {
  hit: DateHit;
  score: number;
  line: Line;
  text: string;
}

export function findWhen(lines: readonly Line[], start: number, end: number, documentYear: number | null, claimed: ClaimedDate | null = null): MeetingWhen {
  const candidates: Candidate[] = [];
  let loneYear: number | null = null;
  let times: TimeHit | null = null;
  let timesLine = 0;
  let prevContent: Line | null = null;
  // (whether that line holds a digit: it was asked when that line was read, and is not asked again)
  let prevDigitless = false;
  let contentLines = 0;
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    contentLines++;
    const text = line.flat;
    // (where its first digit stands: the times' label below is the text before it)
    const firstDigit = text.search(DIGIT);
    if (firstDigit < 0) {
      prevContent = line;
      prevDigitless = true;
      continue;
    }
    if (LONE_YEAR.test(text)) loneYear ??= Number(text);
    // (what the line above says is read only for a date of this line that asks it: most lines have none)
    const above = prevContent;
    let labelBefore: boolean | undefined;
    // `Justeringens plats och tid` / `Kansliet 2021-03-04`: a label of another date on the line above, with no date of its own
    let otherAbove: boolean | undefined;
    // whether the line speaks of the meeting is the same for each of its dates: read it once
    let meetingLine: boolean | undefined;
    // whether it holds a meeting word, asked for its dates and for its hours
    let meetingWord: boolean | undefined;
    // its hours found without the bare ranges (asked for its dates, and for its hours where no label or meeting word lets bare ones count)
    let labelledTimes: TimeHit[] | undefined;
    let skippedEnd = -1;
    // where the first date of another label's stands (`Justeringens plats och tid Kansliet 2011-10-19, kl 16.00`): hours after it are that label's too
    let otherFrom = Infinity;
    // where the meeting's day written out in full ends on this line (`12 mars 2025, 09.00–11.30`): bare hours after it are the meeting's
    let dayEnd = -1;
    // `Justeringens` / `plats och tid Kansliet 2021-03-04`: a label cut over two lines of a narrow column, its
    // second half opening this line in small letters, is read whole
    const cutLabel = above !== null && LOWER_START.test(text) && prevDigitless ? `${above.flat} ` : '';
    for (const hit of findDates(text)) {
      const before = text.slice(0, hit.index);
      // (and a day the front page read under another date's label, wherever that label stood: a labels-first block's)
      if (
        endsInOtherLabel(cutLabel + before) ||
        (skippedEnd >= 0 && RANGE_JOIN.test(text.slice(skippedEnd, hit.index))) ||
        (claimed !== null && claimed(i, text.slice(hit.index, hit.index + hit.length)))
      ) {
        skippedEnd = hit.index + hit.length;
        otherFrom = Math.min(otherFrom, hit.index);
        continue;
      }
      const labelled = (mayEndInLabel(before) && DATE_LABEL.test(before)) || ((labelBefore ??= above !== null && DATE_LABEL_ALONE.test(above.flat)) && before.trim().length < 60);
      if (hit.compact && !labelled && !datedTitle(text, hit, before, contentLines)) continue;
      meetingLine ??= (meetingWord ??= MAY_BE_MEETING_WORD.test(text) && MEETING_WORD.test(text)) || (labelledTimes ??= findTimes(text)).length > 0;
      if ((otherAbove ??= above !== null && prevDigitless && digitlessEndsInOtherLabel(above.flat)) && !labelled && !meetingLine && before.trim().length < 60) {
        skippedEnd = hit.index + hit.length;
        otherFrom = Math.min(otherFrom, hit.index);
        continue;
      }
      let score = 1;
      if (labelled) score += 3;
      if (hit.spelledOut) score += 3;
      if (meetingLine) score += 2;
      if (text.length - hit.length < 3) score -= 0.5;
      candidates.push({ hit, score, line, text });
      if (dayEnd < 0 && !hit.compact) dayEnd = hit.index + hit.length;
    }
    if (!times) {
      // a bare `13.00–15.00` counts on a line labelled as the day or the time (`Tid: 2024-03-05 13.00–15.00`)
      // (the text before its first digit: a split would cut the line at every digit)
      const label = text.slice(0, firstDigit);
      const labelled = mayEndInLabel(label) && (DATE_LABEL.test(label) || TIME_LABEL.test(label));
      // (and a line of its own under another label, `Justeringens plats och tid` / `Kansliet 2011-10-19 kl 16.00`, says that label's hours)
      const underOther = !labelled && (otherAbove ?? (above !== null && prevDigitless && digitlessEndsInOtherLabel(above.flat)));
      const bare = !underOther && (labelled || (meetingWord ??= MAY_BE_MEETING_WORD.test(text) && MEETING_WORD.test(text)) || (dayEnd >= 0 && HOURS_RIGHT_AFTER.test(text.slice(dayEnd))));
      // (the first hours before another label, in a loop, not a filter with a callback: every header line is read so)
      const hits = underOther ? [] : bare ? findTimes(text, true) : (labelledTimes ??= findTimes(text));
      for (const h of hits) {
        // (and a person's hour in the list of who took part, on a line with no day and no label: `Eva Ek, lämnade mötet kl 10.45`)
        if (h.index >= otherFrom || isBreakHours(text, h) || (dayEnd < 0 && skippedEnd < 0 && isPersonHours(text, h))) continue;
        times = h;
        timesLine = line.no;
        break;
      }
      if (!times && labelled && dayEnd >= 0 && dayEnd < otherFrom) {
        times = loneHourAfterDay(text, dayEnd);
        if (times) timesLine = line.no;
      }
    }
    prevContent = line;
    prevDigitless = false;
  }
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0];
  let date: string | null = null;
  let invalid: MeetingWhen['invalid'] = null;
  if (best) {
    const year = best.hit.year ?? loneYear ?? yearOfOthers(candidates) ?? documentYear;
    date = best.hit.iso ?? (year !== null ? withYear(best.hit, year) : null);
    if (date === null && year !== null) {
      invalid = { text: best.text.slice(best.hit.index, best.hit.index + best.hit.length), line: best.line.no };
    }
  }
  return {
    date,
    year: best?.hit.year ?? loneYear ?? yearOfOthers(candidates) ?? documentYear,
    dateLine: best?.line.no ?? null,
    startTime: times?.start ?? null,
    endTime: times?.end ?? null,
    timeTypo: times?.typo ? { text: times.typo, line: timesLine } : null,
    invalid,
  };
}

function loneHourAfterDay(text: string, dayEnd: number): TimeHit | null {
  const m = LONE_HOUR_RIGHT_AFTER.exec(text.slice(dayEnd));
  return m ? { start: `${m[1]!.padStart(2, '0')}:${m[2]!}`, end: null, index: dayEnd + m[0].length - m[1]!.length - 3, length: m[1]!.length + 3 } : null;
}

const yearOfOthers = (candidates: readonly Candidate[]): number | null => candidates.find((c) => c.hit.year !== null)?.hit.year ?? null;

/** `Protokoll 180414` among the first lines, or `Styrelsemötet 210527 kl. 9.00` anywhere: a heading dated in compact form. */
function datedTitle(text: string, hit: DateHit, before: string, contentLines: number): boolean {
  const end = hit.index + hit.length;
  // (`Styrelsemöte 9 (20171127)`: the date in brackets at the end, after the meeting's number; `220411 Styrelsens möte`:
  // the date first, the heading after it; both among the first lines only)
  if (contentLines <= TITLE_LINES && end === text.length - 1 && text.charCodeAt(end) === 41) return before.endsWith('(') && DATED_TITLE.test(withoutNumber(before.slice(0, -1).trimEnd()));
  if (contentLines <= TITLE_LINES && hit.index === 0 && text.charCodeAt(end) === 32) return DATED_TITLE.test(text.slice(end + 1));
  const placed = end === text.length ? contentLines <= TITLE_LINES : HOURS_AFTER.test(text.slice(end));
  return placed && DATED_TITLE.test(before.trimEnd());
}
// the meeting's number at the heading's end: `Styrelsemöte 9`
const NUMBER_AT_END = / \d{1,3}$/u;
const withoutNumber = (head: string): string => (NUMBER_AT_END.test(head) ? head.slice(0, head.lastIndexOf(' ')) : head);
