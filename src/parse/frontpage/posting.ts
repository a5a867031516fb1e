// The anslag/bevis facts as the front page's labels say them: `Justeringens plats och tid`,
// `Datum för anslags uppsättande` / `nedtagande` (also side by side, or as a block of
// labels over a block of dates), `Anslaget under tiden`, `Förvaringsplats för protokollet`.
import type { FrontField } from '../../lexicon/frontpage.js';
import type { FrontPage, FrontPageField } from '../../segment/frontpage/read.js';
import { findDates, withYear } from '../../text/dates.js';
import { collapse } from '../../text/line.js';
import { trimOf } from '../../text/patterns.js';
import { isGivenName } from '../../text/persons.js';
import { beforeOtherLabels, type Posting } from '../signatures/posting.js';
import { saysAdjustedAtMeeting } from '../../segment/frontpage/adjusted-at-meeting.js';
import { LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

// (a loop, not map() and filter(): map()'s array was of one elements kind or another, and each new kind threw the optimised code away)
const datesIn = (text: string): string[] => {
  const out: string[] = [];
  for (const d of findDates(text)) if (d.iso !== null) out.push(d.iso);
  return out;
};

const POSTING_FIELDS: ReadonlySet<FrontField> = new Set<FrontField>(['adjustedAt', 'postedFrom', 'postedTo', 'postedRange', 'storedAt']);

/** The posting facts of the front page's labels; `meetingDate` gives its year to an adjusting day printed without one. */
export function postingOf(front: FrontPage, meetingDate: string | null = null): Posting {
  const out: Posting = { adjustedOn: null, posted: null, storedAt: null };
  const posted = { from: null as string | null, to: null as string | null };
  for (const f of front.fields) {
    // (the participants, the place, the signers…: most fields are none of these, and their values are not joined nor read for dates)
    if (!POSTING_FIELDS.has(f.field)) continue;
    // (joined by a loop, as datesIn reads: map()'s array cost postingOf its optimised code)
    let text = '';
    for (let k = 0; k < f.values.length; k++) text += (k > 0 ? ' ' : '') + f.values[k]!.text;
    if (text === '') continue;
    const dates = f.field === 'storedAt' ? [] : datesIn(text);
    switch (f.field) {
      case 'adjustedAt':
        // `Dagens protokoll förklaras justerat.`: adjusted at the meeting, on its day (a date after it is the appeal's)
        if (meetingDate !== null && saysAdjustedAtMeeting(text)) {
          out.adjustedOn ??= meetingDate;
          break;
        }
        // (only the dates before another label in the value: `Protokollet är justerat. … anslaget sätts upp 2013-06-20`)
        out.adjustedOn ??= (dates.length > 0 ? datesIn(beforeOtherLabels(text))[0] : meetingDate !== null ? dayAfterMeeting(text, meetingDate) : null) ?? null;
        break;
      case 'postedFrom':
        posted.from ??= dates[0] ?? null;
        break;
      case 'postedTo':
        posted.to ??= dates[0] ?? null;
        break;
      case 'postedRange':
        posted.from ??= dates[0] ?? null;
        posted.to ??= dates[1] ?? null;
        break;
      case 'storedAt': {
        const place = placeAfterDate(collapse(text));
        // (the date is the value of the label printed after the place's: `Datum för anslags nedtagande`, mostly)
        const next = place.date ? front.fields[front.fields.indexOf(f) + 1] : undefined;
        if (next?.field === 'postedTo' && next.values.length === 0) posted.to ??= place.date;
        else if (next?.field === 'postedFrom' && next.values.length === 0) posted.from ??= place.date;
        out.storedAt ??= trimOf(withoutSigner(place.text, f, front.fields, place.date !== null), '.,;:') || null;
        break;
      }
      default:
    }
  }
  if (!posted.from || !posted.to) datesApart(front.fields, posted, out.adjustedOn);
  if (posted.from || posted.to) out.posted = posted;
  out.storedAt ??= placeBesideSigner(front.fields);
  return out;
}

/**
 * `Förvaltningen 6 mars`: the adjusting's day and month's name without a year, on or after the meeting's date (the
 * meeting's year, or the next where the day falls before it: `8 januari` after a meeting in December). Not `6/3`
 * alone, which may be a share.
 */
export function dayAfterMeeting(text: string, meetingDate: string): string | null {
  const day = findDates(text).find((d) => d.year === null && !d.compact);
  if (!day) return null;
  const year = Number(meetingDate.slice(0, 4));
  const same = withYear(day, year);
  return same !== null && same < meetingDate ? withYear(day, year + 1) : same;
}

/**
 * `Förvaringsplats för protokollet Underskrift Kommunkontoret, Ekby Anna-Karin Sand`: the two
 * labels printed before their two values, which the signer's label took together. The text
 * before the name ending them is the place.
 */
function placeBesideSigner(fields: readonly FrontPageField[]): string | null {
  const k = fields.findIndex((f) => f.field === 'storedAt' && f.values.length === 0);
  const signer = fields[k + 1];
  if (k < 0 || signer?.field !== 'certifiedBy' || signer.at - fields[k]!.at > 1 || signer.values.length === 0) return null;
  const text = collapse(signer.values.map((v) => v.text).join(' '));
  const at = nameAtEnd(text);
  return at > 0 ? trimOf(text.slice(0, at), '.,;: ') || null : null;
}

// a name of two or three capitalised words, the first a given name, ending the text after a space, a point or a comma
const NAME_AT_END = new RegExp(`(?<=[\\s.,])([${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}'’]+)?)(?:\\s+[${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}'’]+)?){1,2}$`, 'u');
const NEXT_WORD = /\s\S/u;
/**
 * Where a person's name ending the text starts, or -1 (`Kommunkontoret, Ekby Anna-Karin Sand`: the
 * capitalised place before the name is no given name, and the name is read on from the next word).
 */
function nameAtEnd(text: string): number {
  let m = NAME_AT_END.exec(text);
  // (at most one word further on: the name is two or three words)
  if (m && !isGivenName(m[1]!)) {
    const next = NEXT_WORD.exec(text.slice(m.index));
    m = next ? NAME_AT_END.exec(text.slice(m.index + next.index)) : null;
    if (m) m.index += text.length - m.input.length;
  }
  return m && m.index > 1 && isGivenName(m[1]!) ? m.index : -1;
}

/**
 * `Förvaringsplats för protokollet  Underskrift  Nämndkansliet. Lotta Ring`: the two labels
 * printed before their two values, the anslag's signer run on after the place. Where the
 * `Underskrift` beside the place took no name, a person's name ending the place is the signer's.
 */
function withoutSigner(place: string, stored: FrontPageField, fields: readonly FrontPageField[], valuesAfterLabels = false): string {
  if (!valuesAfterLabels && !fields.some((c) => c.field === 'certifiedBy' && c.values.length === 0 && Math.abs(c.at - stored.at) <= 1)) return place;
  const at = nameAtEnd(place);
  return at > 0 ? place.slice(0, at).trimEnd() : place;
}

// a place opens with a letter: a digit first is a date's
const OPENS_WITH_DIGIT = /^\d/u;
/**
 * `Förvaringsplats för protokollet` / `Datum för anslags nedtagande 2021-04-13 Kansliet, Ekby Maja Lind`: the
 * block's labels printed before their values, the place took the take-down date that opens the values (and
 * the anslag's signer after it, whose label the row lost). The place without the date, and the date.
 */
function placeAfterDate(text: string): { text: string; date: string | null } {
  if (!OPENS_WITH_DIGIT.test(text)) return { text, date: null };
  const first = findDates(text)[0];
  if (!first || first.index !== 0 || first.iso === null) return { text, date: null };
  return { text: text.slice(first.length).trimStart(), date: first.iso };
}

/**
 * `Datum för` / `anslags uppsättande` … `Datum för` / `2007-01-11` / `anslags nedtagande` … `Underskrift` / `2007-02-01`: a
 * block that came out of its PDF as a stream, the posting labels apart from their dates. The dates after the first posting
 * label left empty that no label before it holds (the meeting's day, written over the block too) nor the adjustment's are
 * the posting's, in order: they fill the range where they are as many as its empty ends.
 */
function datesApart(fields: readonly FrontPageField[], posted: { from: string | null; to: string | null }, adjustedOn: string | null): void {
  const k = fields.findIndex((f) => (f.field === 'postedFrom' || f.field === 'postedTo') && f.values.length === 0);
  if (k < 0) return;
  const before = new Set<string>();
  for (const f of fields.slice(0, k)) for (const v of f.values) for (const d of datesIn(v.text)) before.add(d);
  const left: string[] = [];
  for (const f of fields.slice(k + 1)) {
    for (const v of f.values) for (const d of datesIn(v.text)) if (!before.has(d) && d !== adjustedOn && d !== posted.from && d !== posted.to) left.push(d);
  }
  if (posted.from === null && posted.to === null) {
    if (left.length === 2 && left[0]! < left[1]!) [posted.from, posted.to] = [left[0]!, left[1]!];
  } else if (left.length === 1) {
    if (posted.from !== null && left[0]! > posted.from) posted.to = left[0]!;
    else if (posted.to !== null && left[0]! < posted.to) posted.from = left[0]!;
  }
}
