// The meeting as the front page's labels say it: `Sammanträdesdatum`, `Plats och tid`,
// `Dag och tid`, `Tid`, `Plats`/`Lokal`, `Organ`/`Nämnd / styrelse`, `Paragrafer`. Each is
// read from its own value, wherever the extractor printed it; what the labels do not say
// the header's lines may still say (parse/meeting).
import type { FrontField } from '../../lexicon/frontpage.js';
import type { ParagraphRange } from '../../schema/result.js';
import type { FrontPage } from '../../segment/frontpage/read.js';
import { findDates, findTimes, withYear, type DateHit, type TimeHit } from '../../text/dates.js';
import { DASH } from '../../text/patterns.js';

export interface FrontMeeting {
  date: DateHit | null;
  /** Index of the line the date stood on. */
  dateAt: number | null;
  times: TimeHit | null;
  /** The source line the times stood on. */
  timesLine: number | null;
  /** The values of place labels, as written (day and hours still in them). */
  places: { text: string; at: number }[];
  organ: string | null;
  paragraphs: ParagraphRange | null;
}

const DATE_FIELDS: readonly FrontField[] = ['date', 'dateAndTime', 'placeAndTime', 'time'];
const TIME_FIELDS: readonly FrontField[] = ['time', 'dateAndTime', 'placeAndTime', 'date', 'place'];
const RANGE = new RegExp(`(\\d{1,4})\\s*(?:${DASH}+|till)\\s*(?:§\\s*)?(\\d{1,4})(?!\\d)`, 'u');

export function meetingOf(front: FrontPage, lineNo: (at: number) => number): FrontMeeting {
  const valueOf = (fields: readonly FrontField[]): { text: string; at: number }[] =>
    fields.flatMap((field) => front.fields.filter((f) => f.field === field && f.values.length).map((f) => ({ text: f.values.map((v) => v.text).join(' '), at: f.values[0]!.at })));
  let date: DateHit | null = null;
  let dateAt: number | null = null;
  for (const v of valueOf(DATE_FIELDS)) {
    const hit = findDates(v.text).find((d) => d.iso !== null || d.spelledOut || d.compact);
    if (hit) {
      date = hit;
      dateAt = v.at;
      break;
    }
  }
  let times: TimeHit | null = null;
  let timesLine: number | null = null;
  for (const v of valueOf(TIME_FIELDS)) {
    const t = findTimes(v.text, true)[0];
    if (t) {
      times = t;
      timesLine = lineNo(v.at);
      break;
    }
  }
  const organ = valueOf(['organ'])[0]?.text ?? null;
  const range = valueOf(['paragraphs']).map((v) => RANGE.exec(v.text)).find((m) => m);
  return {
    date,
    dateAt,
    times,
    timesLine,
    places: valueOf(['place', 'placeAndTime']),
    organ,
    paragraphs: range ? { from: Number(range[1]), to: Number(range[2]) } : null,
  };
}

/** The date, completed with a year written elsewhere when it has none. */
export const isoOf = (hit: DateHit, year: number | null): string | null => hit.iso ?? (year !== null ? withYear(hit, year) : null);
