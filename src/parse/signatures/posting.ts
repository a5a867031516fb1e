// The anslag/bevis facts: when the minutes were adjusted, when the notice of adjustment
// was posted and taken down, and where the minutes are kept. Written as a table
// (`Anslaget under tiden | 2024-11-28 – 2024-12-19`), as labelled dates on one line
// (`Datum för anslags uppsättande: 2020-11-30   Datum för anslags nedtagande: …`), or as
// a sentence (`Protokollet förvaras på Samordningsförbundets kansli.`).
import { POSTED_NOTICE_WORDS, POSTING, POSTING_BLOCK_HEADINGS } from '../../lexicon/sv.js';
import { isBlank, nextContent, type Line } from '../../text/line.js';
import { hintOf } from '../../text/hint.js';
import { allMatches, alternation, opensLike, trimEndOf, trimOf } from '../../text/patterns.js';
import { labelAt } from '../../text/labels.js';
import { findDates } from '../../text/dates.js';
import { ANY_LETTER, UPPER_LETTER } from '../../text/letters.js';

export interface Posting {
  adjustedOn: string | null;
  posted: { from: string | null; to: string | null } | null;
  storedAt: string | null;
}

type Field = keyof typeof POSTING;
const LABELS: ReadonlyArray<[Field, string]> = (Object.entries(POSTING) as [Field, readonly string[]][]).flatMap(([f, ws]) =>
  ws.map((w): [Field, string] => [f, w]),
);
const LABEL = new RegExp(`(?<![${ANY_LETTER}])(${alternation(LABELS.map(([, w]) => w))})(?![${ANY_LETTER}])\\s*:?`, 'giu');
// the labels themselves, plain: most lines of a document hold none
const HINT = hintOf(LABELS.map(([, w]) => w));
const LABEL_AT_START = new RegExp(`^(?:${alternation(LABELS.map(([, w]) => w))})(?![${ANY_LETTER}])`, 'iu');
// (the hint's words anchored: one of them opens every text a label opens, and its trie fails most at the first letters,
// where the Unicode pattern of 98 labels tried each)
const MAY_OPEN_WITH_LABEL = new RegExp(`^(?:${HINT.source})`, 'i');
const opensWithLabel = (text: string): boolean => MAY_OPEN_WITH_LABEL.test(text) && LABEL_AT_START.test(text);
const mayOpenLabel = opensLike(LABELS.map(([, w]) => w));
const FIELD_OF = new Map(LABELS.map(([f, w]) => [w, f]));
// `Tillkännagivande av justering`: the anslag block's heading, a label of the posting too; a date right after it is its
// value, a sentence after it (`Protokollet från sammanträdet den 12 mars justerades den 16 mars och har anslagits …`)
// is read by its own labels, whose first dates are the meeting's and the adjustment's
const HEADINGS = new Set<string>(POSTING_BLOCK_HEADINGS);
const DATE_FIRST = /^(?:den\s+)?\d/u;

/** Where the minutes are kept: the value as written, or none where it is empty or another label (`Förvaringsplats.` / `Underskrift: …`). */
function placeStored(value: string): string | null {
  const place = trimOf(trimEndOf(value, '.'), '.,;: ');
  return place === '' || labelAt(place) !== null ? null : place;
}

/** The next line, when it holds a value rather than another label. */
function valueBelow(lines: readonly Line[], i: number, end: number): string {
  const n = nextContent(lines, i + 1, end);
  if (n < 0 || n - i > 2 || opensWithLabel(lines[n]!.flat)) return '';
  return lines[n]!.flat;
}

export function readPosting(lines: readonly Line[], start: number, end: number, skip: (i: number) => boolean = () => false): Posting {
  const result: Posting = { adjustedOn: null, posted: null, storedAt: null };
  const posted = { from: null as string | null, to: null as string | null };
  let previous = '';
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    if (isBlank(line) || skip(i)) continue;
    // a label broken over two lines of a table (`Justeringens` / `plats och tid   Kansliet …`)
    const flat = line.flat;
    const above = previous !== '' && !/\d/.test(previous) && previous.length <= 30 ? previous : '';
    previous = flat;
    // (the plain hint first, of the line alone: a label that opens the line is a phrase in it, and
    // the text joined to the line above is read only where a label opens it, a phrase the hint
    // finds too, so that a line the hint passes by opens none)
    let text = flat;
    if (HINT.test(flat)) {
      if (above !== '' && mayOpenLabel(above)) {
        const joined = `${above} ${flat}`;
        if (opensWithLabel(joined) && !opensWithLabel(flat)) text = joined;
      }
    } else {
      if (above === '' || !mayOpenLabel(above)) continue;
      const joined = `${above} ${flat}`;
      if (!opensWithLabel(joined)) continue;
      text = joined;
    }
    const labels = allMatches(LABEL, text);
    // (the field of the label before and whether it had no value: `sätts upp  tas ned  2015-11-27  2015-12-19`)
    let before: { field: Field; empty: boolean } | null = null;
    labels.forEach((m, k) => {
      const field = FIELD_OF.get(m[1]!.toLowerCase().replace(/\s+/g, ' '));
      if (!field) return;
      let value = text.slice(m.index + m[0].length, labels[k + 1]?.index ?? text.length).trim();
      // `Dag för justering` / `2023-05-15`: the value on the line under its label
      if (value === '' && k === labels.length - 1) value = valueBelow(lines, i, end);
      if (HEADINGS.has(m[1]!.toLowerCase().replace(/\s+/g, ' ')) && !DATE_FIRST.test(value)) return;
      // (a loop, not map() and filter(): map()'s array was of one elements kind or another, and each new kind threw the optimised code away)
      const dates: string[] = [];
      for (const d of findDates(value)) if (d.iso !== null) dates.push(d.iso);
      const emptyBefore = before;
      before = { field, empty: value === '' };
      if (field === 'adjusted') result.adjustedOn ??= adjustedDay(value, dates);
      else if (field === 'postedFrom') posted.from ??= dates[0] ?? null;
      else if (field === 'postedTo' && emptyBefore?.field === 'postedFrom' && emptyBefore.empty && dates.length === 2 && dates[0]! < dates[1]!) {
        // the two labels printed side by side before their two dates: the first is the other label's
        posted.from ??= dates[0]!;
        posted.to ??= dates[1]!;
      } else if (field === 'postedTo') posted.to ??= dates[0] ?? null;
      else if (field === 'postedRange' && !postsNotice(text, m.index)) {
        posted.from ??= dates[0] ?? null;
        posted.to ??= dates[1] ?? null;
      } else if (field === 'stored') result.storedAt ??= placeStored(value);
    });
  }
  if (posted.from || posted.to) result.posted = posted;
  return result;
}

// `… genom anslag Organ Socialnämnden Sammanträdesdatum 2023-04-12`: the meeting's day under its own label, in the value of
// `justerat` where the block was flattened onto one line
const MEETING_DAY_LABEL = /sammanträdesda(?:tum|g)|mötesdatum/iu;
/**
 * The text of an adjustment label's value before any other posting label or the meeting day's in it (`Protokollet är
 * justerat. … Datum när anslaget sätts upp 2013-06-20`: a flattened block's sentence taken as the value of a label above it).
 */
export function beforeOtherLabels(value: string): string {
  let end = value.search(MEETING_DAY_LABEL);
  if (HINT.test(value)) {
    for (const m of allMatches(LABEL, value)) {
      if (FIELD_OF.get(m[1]!.toLowerCase().replace(/\s+/g, ' ')) === 'adjusted') continue;
      if (end < 0 || m.index < end) end = m.index;
      break;
    }
  }
  return end < 0 ? value : value.slice(0, end);
}

/** The day of adjustment a value gives: its first date, unless the meeting's day's label stands before it. */
function adjustedDay(value: string, dates: readonly string[]): string | null {
  const at = dates.length > 0 ? value.search(MEETING_DAY_LABEL) : -1;
  if (at < 0) return dates[0] ?? null;
  const first = findDates(value)[0];
  return first && first.index < at ? first.iso : null;
}

// (a sentence's end: its point and the next one's capital)
const SENTENCE_END = new RegExp(`[.!?]\\s+(?=[${UPPER_LETTER}])`, 'gu');
const NOTICE_WORD = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(POSTED_NOTICE_WORDS)})(?![${ANY_LETTER}])`, 'iu');
/**
 * The sentence of `text` that holds the label at `at` names the meeting's notice (`Kungörelsen om sammanträdet anslogs den 5
 * januari på anslagstavlan`): it says when the notice was posted, not the minutes. A long text's only, its sentence cut out.
 */
function postsNotice(text: string, at: number): boolean {
  if (text.length < NOTICE_SENTENCE) return false;
  let from = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    if (m.index >= at) break;
    from = m.index + m[0].length;
  }
  return NOTICE_WORD.test(text.slice(from, at));
}
// (a label in a shorter text stands in a table's row or an anslag's sentence of its own)
const NOTICE_SENTENCE = 60;

/** A line that states a posting fact: a label of one and a date, or where the minutes are kept. */
function statesPosting(flat: string): boolean {
  if (!HINT.test(flat)) return false;
  const fields = allMatches(LABEL, flat).map((m) => FIELD_OF.get(m[1]!.toLowerCase().replace(/\s+/g, ' ')));
  return fields.includes('stored') || (fields.some((f) => f !== undefined) && findDates(flat).some((d) => d.iso !== null));
}

/**
 * Where the lines that close `start`..`end` with posting facts only begin (`end` when none do):
 * `Protokollet har anslagits på kommunens anslagstavla 2024-02-28 – 2024-03-21.` after the last
 * §'s text is the minutes' anslag, though no heading parts it from that §.
 */
export function postingTail(lines: readonly Line[], start: number, end: number): number {
  let first = end;
  for (let i = end - 1; i >= start; i--) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    if (!statesPosting(line.flat)) break;
    first = i;
  }
  return first;
}
