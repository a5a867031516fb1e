// The adjusters' names in the posting's value (Åland's minutes): `Protokolljustering` and
// `Protokollet framlagt till påseende` stand side by side in a grid, each over its place and a
// day left blank, the adjusters signing under the first; an archive flattening the grid row by
// row puts their names after the second label, before its place
// (`Protokollet framlagt till påseende Carita Lind Dan Sjöberg Viksund kommunkansli den`) or
// around it (`… påseende Carita Lind Viksund den Dan Sjöberg`), the place perhaps after a building's name
// (`… påseende Carita Lind Dan Sjöberg Kommunkansliet i Viksund den 17 mars 2023`). The place is the adjusting's,
// written again: names before it, and after its day, are the adjusters' where no label named any.
import { findDates } from '../../text/dates.js';
import { isPositionAlone, splitPersons } from '../../text/persons.js';
import { PLACE_WORD_ENDINGS } from '../../lexicon/sv.js';
import { LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';
import { alternation } from '../../text/patterns.js';
import type { Piece } from './pieces.js';
import type { FieldValue, FrontPageField } from './read.js';
import { namesPerson } from './values.js';
import { signerInSlot } from './named-in-roll.js';

interface Left {
  item: { pieces: Piece[] };
}

// no meeting has more adjusters than this
const MAX_ADJUSTERS = 3;
// (`Viksund den`: a place of one word at least, and the word before the day)
const DAY_WORD = ' den';

export function adjustersUnderPosting(fields: FrontPageField[], pieces: readonly Piece[], leftovers: Left[], asValue: (p: Piece) => FieldValue): void {
  const k = fields.findIndex((f) => f.field === 'adjustedAt' && f.values.length > 0);
  if (k < 0 || fields.some((f) => f.field === 'adjusters' && f.values.some((v) => namesPerson(v.text)))) return;
  const posted = fields.find((f) => f.field === 'postedFrom' && f.at > fields[k]!.at);
  const place = posted ? placeOf(fields[k]!.values[0]!.text) : null;
  if (!posted || !place) return;
  // the text beside the posting's label: its value, or (names, no date) a leftover
  const label = pieces.findIndex((p) => p.label !== null && p.at === posted.at && p.label.text === posted.label);
  const piece = pieces[label + 1];
  if (label < 0 || !piece || piece.label || piece.at !== posted.at) return;
  const at = buildingBefore(piece.text, piece.text.indexOf(` ${place}`));
  if (at <= 0) return;
  // (a name whose given name the lexicon lacks, where the roll lists it, is a signer's in these slots)
  const isSigner = (n: string): boolean => signerInSlot(n, fields);
  const before = splitPersons(piece.text.slice(0, at));
  if (before.length > MAX_ADJUSTERS || !before.every(isSigner)) return;
  const after = namesAfterDay(piece.text.slice(at + 1), isSigner);
  const names = [...before, ...after.names].slice(0, MAX_ADJUSTERS);
  const left = leftovers.findIndex((l) => l.item.pieces.includes(piece));
  if (left >= 0) leftovers.splice(left, 1);
  const own = posted.values.findIndex((v) => v.at === piece.at && v.col === piece.col);
  const rest = { ...asValue(piece), text: after.rest, col: piece.col + at + 1 };
  if (own >= 0) posted.values[own] = rest;
  else posted.values.push(rest);
  fields.splice(k + 1, 0, { field: 'adjusters', value: 'persons', label: fields[k]!.label, at: fields[k]!.at, values: names.map((text) => ({ text, at: piece.at, col: piece.col + piece.text.indexOf(text) })) });
  secretaryAfterAdjusting(fields, fields[k]!);
}

// `Dan Sjöberg 47`: a name and a bare § number, the chair's stand-in for that §
const STAND_IN = /^(\S.*?) (?:§ ?)?\d{1,4}$/u;

/**
 * `Ordförande Sekreterare Anna Holm Protokolljustering Viksund den 16 mars 2023 Ida Wik Protokollet framlagt …`: the grid's
 * secretary signs beside the adjusting's place and day, the adjusters in the posting's row. The one name after the
 * adjusting's day is the secretary's where the secretary's label took none, or where the chair's column names a stand-in
 * for one § first (`Ordförande Dan Sjöberg 47 Sekreterare Anna Holm`): the name under the secretary's label is then the
 * chair's for the other §§.
 */
function secretaryAfterAdjusting(fields: FrontPageField[], adjusting: FrontPageField): void {
  const secretary = fields.find((f) => f.field === 'secretary');
  const value = adjusting.values[0]!;
  if (!secretary || secretary.values.length > 1) return;
  const after = namesAfterDay(value.text, namesPerson);
  if (after.names.length !== 1) return;
  if (secretary.values.length === 1) {
    const chair = fields.find((f) => f.field === 'chair');
    const standIn = chair?.values.length === 1 ? STAND_IN.exec(chair.values[0]!.text) : null;
    if (!standIn || !namesPerson(standIn[1]!)) return;
    chair!.values = [{ ...chair!.values[0]!, text: standIn[1]! }, secretary.values[0]!];
  }
  const name = after.names[0]!;
  secretary.values = [{ text: name, at: value.at, col: value.col + value.text.lastIndexOf(name) }];
  adjusting.values[0] = { ...value, text: after.rest };
}

// a building's or a room's name before the place and `i` (`Kommunkansliet i Viksund`): a word ending so
const BUILDING_IN = new RegExp(` [${UPPER_LETTER}][${LOWER_LETTER}]*(?:${alternation(PLACE_WORD_ENDINGS)}) i$`, 'u');

/** Where the place at `at` follows a building's name and `i` (`Kommunkansliet i Viksund`), where that name starts; else `at`. */
function buildingBefore(text: string, at: number): number {
  // (the cheap test: ` i` right before the place)
  if (at < 2 || text.charCodeAt(at - 1) !== 105 || text.charCodeAt(at - 2) !== 32) return at;
  const m = BUILDING_IN.exec(text.slice(0, at));
  return m ? m.index : at;
}

/** `Viksund, den`, `Viksund den 16 mars 2023`: the adjusting's place, its first word (a capital first), or null. */
function placeOf(value: string): string | null {
  const word = value.split(' ', 1)[0]!.replace(/,$/u, '');
  return word.length >= 3 && word.charAt(0) !== word.charAt(0).toLowerCase() ? word : null;
}

/** `Viksund den 17 mars 2023 Dan Sjöberg`: the place and its day, and the names after the day (none holding a position: a certifier's `Kanslist Maria Berg`). */
function namesAfterDay(text: string, isSigner: (name: string) => boolean): { rest: string; names: string[] } {
  const dates = findDates(text);
  const last = dates[dates.length - 1];
  const end = last ? last.index + last.length : text.indexOf(DAY_WORD) >= 0 ? text.indexOf(DAY_WORD) + DAY_WORD.length : -1;
  const tail = end >= 0 ? text.slice(end).trim() : '';
  if (tail === '') return { rest: text, names: [] };
  const names = splitPersons(tail);
  if (!names.every((n) => isSigner(n) && !isPositionAlone(n.split(' ', 1)[0]!))) return { rest: text, names: [] };
  return { rest: text.slice(0, end), names };
}
