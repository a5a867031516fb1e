// The front page read as labels and the values between them. Each label's value is the
// text that follows it up to the next label; where an extractor printed a block of labels
// and then a block of values (a table flattened column by column), the values are paired
// with the labels by what they are (a text, a date, a § range, people) and then in order;
// a value no label took is offered to the nearest label of its kind that has none.
// The parts: assign-one.ts and assign-block.ts pair values with labels, continues-persons.ts
// says what a list of people holds, refiners.ts and adjusters-at-adjusting.ts run after.
import type { FrontField, ValueClass } from '../../lexicon/frontpage.js';
import type { Warning } from '../../schema/result.js';
import { reportsOpening } from '../../text/attendance-remark.js';
import type { Line } from '../../text/line.js';
import { OPENS_LOWER } from '../../text/letters.js';
import type { Range } from '../items.js';
import { adjustersAtAdjusting } from './adjusters-at-adjusting.js';
import { adjustersUnderPosting } from './adjusters-under-posting.js';
import { adjustersWithStandIn } from './adjusters-with-stand-in.js';
import { electedInList, electedUnderLabel } from './elected-in-list.js';
import { assignBlock } from './assign-block.js';
import { assignOne } from './assign-one.js';
import { readColumnTable } from './columns.js';
import { groupsOf } from './groups.js';
import { piecesOf, type Piece } from './pieces.js';
import { positionInList, signerWordOpeningList } from './position-in-list.js';
import { adjustedAtMeeting } from './adjusted-at-meeting.js';
import { adjustingPlaceAndTime, headsSubList, type Leftover, namesOverTheirHeading, REACH, SIGNER_FIELDS, signersInOrder } from './refiners.js';
import { classOf, takes } from './values.js';

export interface FieldValue {
  text: string;
  /** Index of its line, and its column. */
  at: number;
  col: number;
}

/**
 * A pass over the fields once every block is read, and the fields it reads first: it is run only where a label names
 * one of them (`all`: every one). No refiner makes a field of these kinds but adjustingPlaceAndTime, which makes the
 * adjusting's only beside the adjusters' (so what the labels name, looked at once before, stays what each needs).
 */
interface Refiner {
  needs: readonly FrontField[];
  all?: true;
  refine: (fields: FrontPageField[], pieces: readonly Piece[], leftovers: { index: number; item: Leftover }[], asValue: (p: Piece) => FieldValue) => void;
}
// in this order: signers' labels in a row; a participants' heading under names; the adjusters' place and time, which the
// adjusting's may become; the chair's position between two participants' headings, a signer's word opening an empty list
// (its first entry's position); the adjusters' names in the posting's
// value, before the place it shares with the adjusting; the adjusters under the adjusting's label, where no adjusters'
// label took names; a participants' list ending on its stand-in; a sentence electing the adjusters under a list
const REFINERS: readonly Refiner[] = [
  { needs: ['chair', 'secretary', 'adjusters'], refine: signersInOrder },
  { needs: ['participants'], refine: namesOverTheirHeading },
  { needs: ['adjusters', 'adjustedAt'], refine: adjustingPlaceAndTime },
  { needs: ['chair', 'participants'], all: true, refine: positionInList },
  { needs: ['chair', 'secretary'], refine: signerWordOpeningList },
  { needs: ['adjustedAt', 'postedFrom'], all: true, refine: adjustersUnderPosting },
  { needs: ['adjustedAt'], refine: adjustedAtMeeting },
  { needs: ['adjustedAt', 'adjusters'], refine: adjustersAtAdjusting },
  { needs: ['participants'], refine: adjustersWithStandIn },
  { needs: ['participants'], refine: electedInList },
  { needs: ['adjusters'], refine: electedUnderLabel },
];
function wants(r: Refiner, present: ReadonlySet<FrontField>): boolean {
  let named = 0;
  for (const f of r.needs) if (present.has(f)) named++;
  return r.all ? named === r.needs.length : named > 0;
}

export interface FrontPageField {
  field: FrontField;
  value: ValueClass;
  /** The label as written. */
  label: string;
  /** Index of the label's line. */
  at: number;
  values: FieldValue[];
}

export interface FrontPage {
  fields: FrontPageField[];
  /** The text before the first label: a letterhead (organisation, organ, kind, date). */
  preamble: FieldValue[];
  warnings: Warning[];
}

// the line a signature is written on, a transcript's dots or an underscore's run (`.. Eva Ek, ordförande`)
const SIGNATURE_LINE = /^(?:\.{2,}|…|_{2,})/u;
// the anslag's dates, read on from their labels (and the place the minutes are kept: the anslag's sentence above it is none)
const POSTED = new Set<FrontField>(['postedFrom', 'postedTo', 'appealBy', 'storedAt']);
// the labels of the signing grid's days, whose value the next page's heading (the meeting's day over an agenda) is not
const ON_THEIR_PAGE = new Set<FrontField>([...POSTED, 'adjustedAt']);

// (a place label left empty takes a value on its line or the next, not one lines further on: the next page's text)
const PLACE_LINES = 1;

/**
 * The posting's sentence going on after its label, in lower case (`Protokollet har varit framlagt` · `till påseende i
 * kommungården i Ekvik, intygar Eva Strand`): the label takes no such value (not a date), and no other label does either
 * (not the meeting's place, left empty in a row of labels before).
 */
function goesOnPosting(pieces: readonly Piece[], leftover: { index: number; item: Leftover }): boolean {
  const before = pieces[leftover.index - 1];
  return before?.label != null && POSTED.has(before.label.field) && OPENS_LOWER.test(leftover.item.pieces[0]!.text);
}

export function readFrontPage(lines: readonly Line[], start: number, end: number, excluded: readonly Range[]): FrontPage {
  const pieces = piecesOf(lines, start, frontPageEnd(lines, start, end), skipTest(start, end, excluded));
  const fields: FrontPageField[] = [];
  const leftovers: { index: number; item: Leftover }[] = [];
  const warnings: Warning[] = [];
  const asValue = (p: Piece): FieldValue => ({ text: p.text, at: p.at, col: p.col });
  // the labels of a row that only copies labels standing further on, which take no value
  const copies = new Set<FrontPageField>();
  // the fields the labels name: each refiner below reads fields of some of them first, and is not run without them
  const present = new Set<FrontField>();
  let i = 0;
  const preamble: FieldValue[] = [];
  while (i < pieces.length && !pieces[i]!.label) preamble.push(asValue(pieces[i++]!));
  while (i < pieces.length) {
    const labels: Piece[] = [];
    while (i < pieces.length && pieces[i]!.label) labels.push(pieces[i++]!);
    const from = i;
    const values: Piece[] = [];
    while (i < pieces.length && !pieces[i]!.label) values.push(pieces[i++]!);
    // (by loops, not `map()` and `forEach()`: the arrays the built-in and the inlined `map` make are of different elements
    // kinds, and meeting the other kind threw this function's optimised code away)
    const made: FrontPageField[] = [];
    for (const l of labels) made.push({ field: l.label!.field, value: l.label!.value, label: l.label!.text, at: l.at, values: [] });
    // `Underskrift   Sekreterare ……… Karin Nyman`: over the signers' labels, the anslag block's word heads them and takes no name
    for (let k = 0; k < made.length; k++) if (made[k]!.field === 'certifiedBy' && SIGNER_FIELDS.has(made[k + 1]?.field ?? '')) made[k]!.value = 'none';
    fields.push(...made);
    for (const f of made) present.add(f.field);
    // (`Paragrafer Ersättare Underskrifter.. Eva Ek, ordförande …`: a list's label left empty among the signing grid's labels
    // takes none of the signers after `Underskrifter`, whose value opens on the signature's line)
    const signed = labels[labels.length - 1]!.label!.field === 'signatures';
    const signers = signed && values.length > 0 && SIGNATURE_LINE.test(values[0]!.text);
    const takers = made.filter((f) => f.value !== 'none' && !(signers && f.field === 'participants'));
    // a row of labels with fewer values after it than it has labels, half of whose labels (three at least) stand again
    // further on (a sharing site's title quoting the first page's labels): a copy, which pairs with nothing
    // (or a site's title above its wrapper, its labels standing again on the front page proper, with the values it lost)
    const copy = (takers.length >= 3 && values.length < takers.length && repeatedLater(labels, pieces, i)) || (lines[labels[0]?.at ?? start]!.siteTitle === true && allLater(labels, pieces, i));
    if (copy) for (const f of made) copies.add(f);
    // (a table's head row, and labels side by side over their values, are two labels at least, with values after them:
    // a single label, the most common block, asks neither)
    const several = labels.length >= 2 && values.length > 0;
    const table = copy || !several ? null : readColumnTable(labels, values);
    const under = copy || table || !several ? null : valuesUnder(labels, values);
    let rest: Piece[];
    if (copy) rest = values;
    else if (under) {
      under.forEach((v, k) => made[k]!.values.push(asValue(v)));
      rest = values.slice(under.length);
    } else if (table) {
      table.columns.forEach((col) => {
        const f = made[labels.indexOf(col.label)]!;
        f.values.push(...col.entries);
      });
      rest = table.rest;
    } else if (takers.length === 1) rest = assignOne(takers[0]!, values, asValue);
    // (a name already paired with the label right before it is that label's, the labels before it a block of their own:
    // `Intygar` / `Underskrift` / `Protokolljusterare Eva Ek`, the name written before its label and moved after it)
    else if (values[0]?.paired && takers[takers.length - 1] === made[made.length - 1]) rest = assignOne(takers[takers.length - 1]!, values, asValue);
    else if (takers.length > 1) {
      const r = assignBlock(takers, values, asValue, signersInARow(labels, lines));
      rest = r.rest;
      if (r.unpaired) {
        warnings.push({
          code: 'header-unpaired',
          message: `${takers.length} labels and ${r.groups} values in a block of the front page: paired by kind and order`,
          line: lines[labels[0]!.at]!.no,
        });
      }
    } else rest = values;
    for (const g of groupsOf(rest)) leftovers.push({ index: from + values.indexOf(g[0]!), item: { pieces: g, cls: classOf(g[0]!.text), signed } });
  }
  for (const r of REFINERS) if (wants(r, present)) r.refine(fields, pieces, leftovers, asValue);
  // a label left without a value takes the nearest value of its kind that no label took
  fields.forEach((f, k) => {
    if (f.value === 'none' || f.values.length > 0 || copies.has(f) || headsSubList(f, fields[k + 1])) return;
    const at = pieces.findIndex((p) => p.label && p.at === f.at && p.label.text === f.label);
    // (names under `Underskrifter` signed: they are no list of who took part; `Olle Sand öppnade mötet.` is the minutes' first sentence)
    // (an anslag's dates left empty take no date above them, the meeting's, the adjusting's; they and the adjusting's
    // take none of the next page, its heading's)
    const candidates = leftovers
      .filter(
        (l) =>
          takes(f.value, l.item.cls, l.item.pieces[0]!.text) &&
          Math.abs(l.index - at) <= REACH &&
          !(f.field === 'participants' && (l.item.signed || reportsOpening(l.item.pieces[0]!.text))) &&
          !(POSTED.has(f.field) && l.index < at) &&
          !(!POSTED.has(f.field) && goesOnPosting(pieces, l)) &&
          !(f.field === 'place' && l.item.pieces[0]!.at - f.at > PLACE_LINES) &&
          !(ON_THEIR_PAGE.has(f.field) && pageStartsBetween(lines, f.at, l.item.pieces[0]!.at)),
      )
      .sort((a, b) => (a.index > at ? 0 : 1) - (b.index > at ? 0 : 1) || Math.abs(a.index - at) - Math.abs(b.index - at));
    const found = candidates[0];
    if (!found) return;
    f.values.push(...found.item.pieces.map(asValue));
    leftovers.splice(leftovers.indexOf(found), 1);
  });
  return { fields, preamble, warnings };
}

/** Whether a page of the source starts after line `from`, up to line `to`: a value there stands on another page than its label. */
function pageStartsBetween(lines: readonly Line[], from: number, to: number): boolean {
  for (let i = from + 1; i <= to; i++) if (lines[i]!.pageStart) return true;
  return false;
}

/**
 * Signers' labels printed in a row over their names (`Ordförande   Sekreterare` over `Roger Ek`) and cut apart from one
 * line of a page flattened onto one (`Underskrifter Ordförande Sekreterare Roger Ek`, Åland's minutes): each label on a
 * line of its own, cut out of the same source line, the names on the last label's line after it.
 */
function signersInARow(labels: readonly Piece[], lines: readonly Line[]): boolean {
  const last = labels[labels.length - 1]!;
  const line = lines[last.at]!;
  if (!line.cutOut || !SIGNER_FIELDS.has(last.label!.field)) return false;
  // (the labels before them, `Paragrafer`, `Underskrifter`, are no signers')
  const before = labels[labels.length - 2]!;
  return before.at === last.at - 1 && SIGNER_FIELDS.has(before.label!.field) && lines[before.at]!.no === line.no;
}

/**
 * Whether a line lies in an excluded range (a table of lines only where there are ranges: most front pages have none).
 * The table covers the front page's lines alone, `start` its first, not every line of the file.
 */
function skipTest(start: number, end: number, excluded: readonly Range[]): (i: number) => boolean {
  if (excluded.length === 0) return () => false;
  const skip = new Uint8Array(end - start);
  for (const r of excluded) {
    const from = Math.max(r.start, start);
    const to = Math.min(r.end, end);
    if (from < to) skip.fill(1, from - start, to - start);
  }
  return (i) => skip[i - start] === 1;
}

// how far a value may stand from the start of the label over it
const UNDER_SLACK = 3;

/**
 * Labels side by side on one line (`Ordförande      Sekreterare`) and, on the next line, one
 * value under each of them (`Olle Ek      Lisa Berg`): each label takes the value under it,
 * whatever follows.
 */
function valuesUnder(labels: readonly Piece[], values: readonly Piece[]): Piece[] | null {
  if (labels.length < 2 || values.length < labels.length) return null;
  const at = labels[0]!.at;
  if (labels.some((l) => l.at !== at || l.label!.value === 'none')) return null;
  const row = values.slice(0, labels.length);
  if (row.some((v) => v.at !== at + 1) || values[labels.length]?.at === at + 1) return null;
  return row.every((v, k) => Math.abs(v.col - labels[k]!.col) <= UNDER_SLACK) ? row : null;
}

// a front page, its anslag block included, fills a page or two: minutes without numbered
// items have no header end, and their text is no front page
const FRONT_PAGE_LINES = 160;

function frontPageEnd(lines: readonly Line[], start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (lines[i]!.text !== '' && ++n > FRONT_PAGE_LINES) return i;
  return end;
}

/** Three of the row's labels at least, and half of them, stand again as written among the pieces from `from` on. */
function repeatedLater(labels: readonly Piece[], pieces: readonly Piece[], from: number): boolean {
  const again = labelsAgain(labels, pieces, from);
  return again >= 3 && 2 * again >= labels.length;
}

/** Every one of the labels stands again from piece `from` on. */
const allLater = (labels: readonly Piece[], pieces: readonly Piece[], from: number): boolean => labels.length > 0 && labelsAgain(labels, pieces, from) === labels.length;

/** How many of the labels stand again from piece `from` on. */
function labelsAgain(labels: readonly Piece[], pieces: readonly Piece[], from: number): number {
  const later = new Set<string>();
  for (let k = from; k < pieces.length; k++) if (pieces[k]!.label) later.add(pieces[k]!.label!.text.toLowerCase());
  return labels.filter((l) => later.has(l.label!.text.toLowerCase())).length;
}
