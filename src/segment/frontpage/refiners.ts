// Passes over the front page once every label has taken the values after it: signers' labels
// in a row take the names printed after them, names over a heading open its list, and a
// `Justering` heading makes the place and time under it the adjusting's.
import type { FrontField, ValueClass } from '../../lexicon/frontpage.js';
import type { FieldValue, FrontPageField } from './read.js';
import type { Piece } from './pieces.js';
import { findDates } from '../../text/dates.js';
import { classOf } from './values.js';

export interface Leftover {
  pieces: Piece[];
  cls: Exclude<ValueClass, 'none'>;
  /** It stands under `Underskrifter` (a heading that takes no value): its names signed, they are no list of who took part. */
  signed: boolean;
}

// how far (in pieces) a label without a value looks for one of its kind
export const REACH = 40;

export const SIGNER_FIELDS = new Set<string>(['chair', 'secretary', 'adjusters']);

/**
 * `Justering` heading `Justerande` and `Plats och tid` (a table's group of rows): that place
 * and time are the adjusting's, not the meeting's, and the heading takes no value of its own
 * (as they are beside `Justerande` without the heading, where the meeting's stand above).
 */
export function adjustingPlaceAndTime(fields: FrontPageField[]): void {
  for (let k = 0; k < fields.length; k++) {
    const head = fields[k]!;
    if (head.field === 'adjusters') {
      adjustersPlaceAndTime(fields, k);
      continue;
    }
    if (head.field !== 'adjustedAt' || head.label.toLowerCase() !== 'justering') continue;
    // (`Justering: 2016-09-29, kommunhuset` over `Sammanträdesdatum: 2016-09-22`: a label with its own day is no heading,
    // and the date under it stays the meeting's)
    if (head.values.some((v) => findDates(v.text).length > 0)) continue;
    let j = k + 1;
    while (j < fields.length && fields[j]!.field === 'adjusters' && fields[j]!.at - head.at <= 3) j++;
    const f = fields[j];
    if (!f || !WHEN_OR_WHERE.has(f.field) || f.at - head.at > 3) continue;
    f.field = 'adjustedAt';
    f.value = 'text';
    head.value = 'none';
    head.values = [];
  }
}
const WHEN_OR_WHERE = new Set<FrontField>(['placeAndTime', 'dateAndTime', 'date', 'time', 'place']);
const WHEN = new Set<FrontField>(['dateAndTime', 'date', 'time']);

/**
 * `Justerande   Plats och tid` over `Pär Johns (L)   Kommunkansliet 2015-09-14`, the meeting's own
 * place and time given above (under the same label, or under a time's and a place's of their own, `Tid` / `Plats`):
 * a place and time labelled right beside or under the adjusters' label is the adjusting's.
 */
function adjustersPlaceAndTime(fields: FrontPageField[], k: number): void {
  const f = fields[k + 1];
  if (!f || !WHEN_OR_WHERE.has(f.field) || f.at - fields[k]!.at > 1) return;
  const above = fields.slice(0, k);
  if (!above.some((x) => x.field === f.field) && !(f.field === 'placeAndTime' && above.some((x) => x.field === 'place') && above.some((x) => WHEN.has(x.field)))) return;
  f.field = 'adjustedAt';
  f.value = 'text';
}

/** `Närvarande` over `Medlemmar` over its names (Swedish-language Finnish minutes): a heading over a sub-heading whose list it is. */
export const headsSubList = (f: FrontPageField, next: FrontPageField | undefined): boolean =>
  f.field === 'participants' && next?.field === 'participants' && next.at - f.at <= 1 && next.values.length > 0;

/**
 * Signer labels in a row with no values (`Sekreterare` / `Ordförande` / `Justerande`, a
 * label column printed before its value column) and, after them, a group of as many names
 * one a line: the names are theirs, in order.
 */
export function signersInOrder(fields: readonly FrontPageField[], pieces: readonly Piece[], leftovers: { index: number; item: Leftover }[], asValue: (p: Piece) => FieldValue): void {
  for (let k = 0; k < fields.length; k++) {
    let n = 0;
    while (k + n < fields.length && SIGNER_FIELDS.has(fields[k + n]!.field) && fields[k + n]!.values.length === 0) n++;
    if (n < 2) continue;
    const at = pieces.findIndex((p) => p.label && p.at === fields[k + n - 1]!.at);
    const found = leftovers.find((l) => l.index > at && l.index - at <= REACH && l.item.pieces.length === n && new Set(l.item.pieces.map((p) => p.at)).size === n && l.item.pieces.every((p) => classOf(p.text) === 'persons'));
    if (found) {
      found.item.pieces.forEach((p, j) => fields[k + j]!.values.push(asValue(p)));
      leftovers.splice(leftovers.indexOf(found), 1);
    }
    k += n - 1;
  }
}

/**
 * Names no label took, on the lines right above a participant heading that has a list of its
 * own (`Lars Berg, kommundirektör` / `Övriga deltagande   Karin Nyman, sekreterare`): a
 * table's cell whose heading stands on its last line, not its first. They open its list.
 */
export function namesOverTheirHeading(fields: readonly FrontPageField[], pieces: readonly Piece[], leftovers: { index: number; item: Leftover }[], asValue: (p: Piece) => FieldValue): void {
  for (const l of [...leftovers]) {
    if (l.item.cls !== 'persons' || l.item.signed) continue;
    const last = l.item.pieces[l.item.pieces.length - 1]!;
    const next = pieces[pieces.indexOf(last) + 1];
    if (!next?.label || next.label.field !== 'participants' || next.at !== last.at + 1) continue;
    const f = fields.find((x) => x.at === next.at && x.label === next.label!.text);
    if (!f || f.values.length === 0 || f.values[0]!.at !== next.at) continue;
    f.values.unshift(...l.item.pieces.map(asValue));
    leftovers.splice(leftovers.indexOf(l), 1);
  }
}
