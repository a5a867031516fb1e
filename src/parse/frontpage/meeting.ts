// The meeting as the front page's labels say it: `Sammanträdesdatum`, `Plats och tid`,
// `Dag och tid`, `Tid`, `Plats`/`Lokal`, `Organ`/`Nämnd / styrelse`, `Paragrafer`. Each is
// read from its own value, wherever the extractor printed it; what the labels do not say
// the header's lines may still say (parse/meeting).
import type { FrontField } from '../../lexicon/frontpage.js';
import type { ParagraphRange } from '../../schema/result.js';
import type { FrontPage } from '../../segment/frontpage/read.js';
import { findDates, findTimes, withYear, type DateHit, type TimeHit } from '../../text/dates.js';
import { DASH, alternation, labelKey } from '../../text/patterns.js';
import { AGENDA_HEADINGS, CONTENTS_HEADINGS, KIND_TITLES, RANGE_THROUGH } from '../../lexicon/sv.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';
import { RANGE_ITEM } from '../../text/range-list.js';
import { isBreakHours } from '../meeting/break-hours.js';
import { otherLabelsDateAt } from '../meeting/when.js';
import { isLetterheadOnly } from './place-letterhead.js';
import { labelsRunOnAt, withoutLabelsRunOn } from './place-run-on.js';
import { withoutTailAfterPlace } from './place-tail.js';

export interface FrontMeeting {
  date: DateHit | null;
  /** Index of the line the date stood on. */
  dateAt: number | null;
  times: TimeHit | null;
  /** The source line the times stood on. */
  timesLine: number | null;
  /** The end the front page gives under a label of its own (`Sluttid: 15:30`). */
  endTime: string | null;
  /** The values of place labels, as written (day and hours still in them). */
  places: { text: string; at: number }[];
  organ: string | null;
  paragraphs: ParagraphRange | null;
}

const DATE_FIELDS: readonly FrontField[] = ['date', 'dateAndTime', 'placeAndTime', 'time'];
const TIME_FIELDS: readonly FrontField[] = ['time', 'dateAndTime', 'placeAndTime', 'date', 'place'];
// the labels another date's label above may claim (`Tid`, `Tid och plats`): a meeting's own date label says whose it is
const CLAIMABLE = new Set<FrontField>(['time', 'dateAndTime', 'placeAndTime']);
// `15:30`, `kl. 15.30`: one clock time, a label's whole value
const LONE_CLOCK = /^(?:kl\.?\s*)?([01]?\d|2[0-3])[.:]([0-5]\d)$/u;
// (`1-8`, `1 till 8`, `1 t.o.m. 8`)
const RANGE = new RegExp(`(\\d{1,4})\\s*(?:${DASH}+|${alternation(RANGE_THROUGH)})\\s*(?:§\\s*)?(\\d{1,4})(?!\\d)`, 'u');
// the numbers and ranges listed after it (`35-39, 42`): the last says where the paragraphs end
const LISTED_AFTER = new RegExp(`^(?:\\s?,\\s?${RANGE_ITEM}(?!\\d))+`, 'u');
const LAST_NUMBER = /(\d{1,4})$/u;

/**
 * The meeting as the labels say it. `claimed` says whether a label's line stands under another date's label
 * (`JUSTERATS` / `Tid 4.12.2015`): a time's, a day and time's or a place and time's label there is that date's.
 */
export function meetingOf(front: FrontPage, lineNo: (at: number) => number, claimed: (at: number) => boolean = () => false): FrontMeeting {
  // (each value's text joined only when it is read: the first value that says a date or hours ends the search)
  let date: DateHit | null = null;
  let dateAt: number | null = null;
  let times: TimeHit | null = null;
  let timesLine: number | null = null;
  const ours = (f: FrontPage['fields'][number]): boolean => !CLAIMABLE.has(f.field) || !claimed(f.at);
  // (a date another label claims in the value, and the hours after it, are not the meeting's: `Datum` over a sentence
  // on the adjusting's day, its own day lost)
  firstValue(front, DATE_FIELDS, (text, at) => {
    const other = otherLabelsDateAt(text);
    date = findDates(text).find((d) => d.index < other && (d.iso !== null || d.spelledOut || d.compact)) ?? null;
    if (date) dateAt = at;
    return date !== null;
  }, ours);
  firstValue(front, TIME_FIELDS, (text, at) => {
    // (a break's hours, the meeting's own lost before them, are the break's)
    const first = findTimes(text, true).find((h) => !isBreakHours(text, h));
    times = first && first.index < otherLabelsDateAt(text) ? first : null;
    if (times) timesLine = lineNo(at);
    return times !== null;
  }, ours);
  // `Klockan` / `18:00`, `Tid` / `18.00`: one clock time alone under the time's own label is when the meeting starts
  if (times === null) {
    firstValue(front, ['time'], (text, at) => {
      const m = LONE_CLOCK.exec(text.trim());
      if (m) {
        times = { start: `${m[1]!.padStart(2, '0')}:${m[2]!}`, end: null, index: 0, length: text.length };
        timesLine = lineNo(at);
      }
      return m !== null;
    });
  }
  // (`Starttid: 13:00` / `Sluttid: 15:30`: the end under a label of its own)
  let endTime: string | null = null;
  firstValue(front, ['endTime'], (text) => {
    const m = LONE_CLOCK.exec(text.trim());
    endTime = m ? `${m[1]!.padStart(2, '0')}:${m[2]!}` : (findTimes(text, true)[0]?.start ?? null);
    return endTime !== null;
  });
  // (the first organ's value, and the first range a paragraphs' value gives)
  let organ: string | null = null;
  firstValue(front, ['organ'], (text) => {
    organ = text;
    return true;
  });
  let range: RegExpExecArray | null = null;
  // (a range that ends before it starts is none: `2023-09`, a day's year and month cut from the value of a weak label, `Ärenden`)
  firstValue(front, ['paragraphs'], (text) => {
    const m = RANGE.exec(text);
    if (m === null || Number(m[1]) > Number(m[2])) return false;
    range = m;
    return true;
  });
  return {
    date,
    dateAt,
    times,
    timesLine,
    endTime,
    places: placeValues(front, ours),
    organ,
    paragraphs: range ? rangeOf(range) : null,
  };
}

/** The range found, to the last number of a list after it (`35-39, 42` → 35–42) where that one comes a little later. */
function rangeOf(m: RegExpExecArray): ParagraphRange {
  const from = Number(m[1]);
  const to = Number(m[2]);
  const end = m.index + m[0].length;
  const after = m.input.includes(',', end) ? LISTED_AFTER.exec(m.input.slice(end)) : null;
  const last = after ? Number(LAST_NUMBER.exec(after[0])![1]) : to;
  return { from, to: last > to && last - to <= LIST_REACH ? last : to };
}
// how far past the range a listed number may stand (`1-8, 2024` ends with a year, not § 2024)
const LIST_REACH = 100;

/** The texts of a field's first `n` values (all by default), joined by a space. */
function textOf(f: FrontPage['fields'][number], n = f.values.length, from = 0): string {
  // (a loop, not map and join: every document's front page is read so)
  let text = n > from ? f.values[from]!.text : '';
  for (let k = from + 1; k < n; k++) text += ` ${f.values[k]!.text}`;
  return text;
}

// a heading of the kind or of the agenda after the place (`Plats: Teams` / `Föredragningslista`)
const HEADING_AFTER = new Set<string>([...KIND_TITLES.notice, ...KIND_TITLES.minutes, ...KIND_TITLES.notes, ...CONTENTS_HEADINGS, ...AGENDA_HEADINGS]);
// a sentence: ends with its stop and has lower-case words, two at least after the first (`Länk skickas i separat mejl.`,
// `Protokollet är digitalt justerat.`), or calls out (`Välkomna!`); `Kommunhuset i Östby.` is a place
const SENTENCE = /[.!?]$/u;
const LOWER_WORDS = new RegExp(`(?:^|\\s)[${LOWER_LETTER}]`, 'gu');
const endsPlace = (text: string): boolean =>
  HEADING_AFTER.has(labelKey(text)) || text.endsWith('!') || (SENTENCE.test(text) && (text.match(LOWER_WORDS)?.length ?? 0) >= 2 && text.includes(' ', text.indexOf(' ') + 1));

// `Rådhuset, sal Eken, Dalby Förslag till dagordning`: the page run on into one line, the agenda's heading after the place
const HEADING_AT_END = new RegExp(`\\s(${alternation([...HEADING_AFTER])})$`, 'iu');
// (the headings' last letters, lower-cased, and the long s /iu folds to `s`: a place that ends on none is passed by before the pattern)
const HEADING_LAST_LETTERS = new Set<string>([...HEADING_AFTER].flatMap((h) => (h.endsWith('s') ? ['s', 'ſ'] : [h.charAt(h.length - 1).toLowerCase()])));
/** The place without a heading (capitalised, as a heading is) run on after it. */
function withoutHeadingAfter(text: string): string {
  const m = HEADING_LAST_LETTERS.has(text.charAt(text.length - 1).toLowerCase()) ? HEADING_AT_END.exec(text) : null;
  return m && m.index > 0 && m[1]!.charAt(0) !== m[1]!.charAt(0).toLowerCase() ? text.slice(0, m.index) : text;
}

/** The values of the place labels, each up to a line that says something else: a heading, a sentence under the place. */
function placeValues(front: FrontPage, ours: (f: FrontPage['fields'][number]) => boolean): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  for (const field of PLACE_FIELDS) {
    for (const f of front.fields) {
      if (f.field !== field || !f.values.length || !ours(f)) continue;
      // (up to a value that ends on the next block's labels, run on: `Strået, Beslutande`, its people on the next lines)
      let n = 1;
      while (n < f.values.length && !endsPlace(f.values[n]!.text) && labelsRunOnAt(f.values[n - 1]!.text) < 0) n++;
      // (the letterhead on a line of its own before the place, `EKBY KOMMUN` / `Kommunhuset, kl 18.00`, is none of it)
      const first = n > 1 && isLetterheadOnly(f.values[0]!.text) ? 1 : 0;
      out.push({ text: withoutTailAfterPlace(withoutLabelsRunOn(withoutHeadingAfter(textOf(f, n, first)))), at: f.values[first]!.at });
    }
  }
  // (the time's value with the place after its hours, `Tisdagen den 14 mars 2017, kl Kommungården, Ekvik`: a row of labels
  // whose place label was left empty, read last)
  for (const f of front.fields) {
    if (!HOURS_FIELDS.has(f.field) || !f.values.length || !ours(f)) continue;
    const text = textOf(f);
    // (a day, the hours and a place are a line's worth: a longer value is a page run on, whose many days and hours the
    // place's reading would cut out one by one)
    if (text.length <= MAX_HOURS_AND_PLACE && PLACE_AFTER_HOURS.test(text)) out.push({ text, at: f.values[0]!.at });
  }
  return out;
}
const PLACE_FIELDS: readonly FrontField[] = ['place', 'placeAndTime'];
const HOURS_FIELDS = new Set<FrontField>(['time', 'dateAndTime']);
const MAX_HOURS_AND_PLACE = 200;
// the hours' word, the hours perhaps, then a capitalised word after a comma or a space
const PLACE_AFTER_HOURS = new RegExp(`(?<![${ANY_LETTER}])(?:kl\\.?|klockan)(?:\\s*\\d{1,2}(?:[.:]\\d{2})?(?:\\s*[-–]\\s*\\d{1,2}(?:[.:]\\d{2})?)?)?,?\\s+[${UPPER_LETTER}]`, 'u');

/** The values of the fields, kind by kind and each kind in the page's order, read until `read` says it found what it looks for. */
function firstValue(front: FrontPage, fields: readonly FrontField[], read: (text: string, at: number) => boolean, ours?: (f: FrontPage['fields'][number]) => boolean): void {
  for (const field of fields) for (const f of front.fields) if (f.field === field && f.values.length && (!ours || ours(f)) && read(textOf(f), f.values[0]!.at)) return;
}

/** The date, completed with a year written elsewhere when it has none. */
export const isoOf = (hit: DateHit, year: number | null): string | null => hit.iso ?? (year !== null ? withYear(hit, year) : null);
