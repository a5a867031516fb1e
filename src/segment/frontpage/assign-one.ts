// The values of a label on its own, and the names that make a value a list of people.
import { PARTICIPANT_COLUMN_HEADS } from '../../lexicon/sv.js';
import { opensLikeTwo } from '../../text/patterns.js';
import { givenNameList } from '../../text/persons.js';
import { continuesPersons } from './continues-persons.js';
import { groupsOf } from './groups.js';
import type { Piece } from './pieces.js';
import type { FieldValue, FrontPageField } from './read.js';
import { classOf, namesElsewhere, takes } from './values.js';
import { LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

/** The values of a label on its own: all of its kind that follow it, the rest left over. */
export function assignOne(f: FrontPageField, values: readonly Piece[], asValue: (p: Piece) => FieldValue): Piece[] {
  if (values.length === 0) return [];
  switch (f.value) {
    case 'persons': {
      // a table's column heads beside a list's heading (`Ordinarie ledamöter   Tjg   Ej tjg   Ja   Nej`) over its names go
      const heads = f.field === 'participants' ? columnHeads(f, values) : 0;
      // a name the lexicon does not know, beside its label (`Utses att justera Amira Haddad`)
      // (and a name already paired with its label: `Sekreterare Ordförande` / `Gunnel Ask Hjalmer Vall`)
      // (and beside a list's heading, one given name alone: `Förhinder: Lotta`)
      const beside = values[heads]!.at === f.at || values[heads]!.paired;
      let k = heads + (beside && (NAMES_ONLY.test(values[heads]!.text) || classOf(values[heads]!.text) === 'persons' || (f.field === 'participants' && givenNameList(values[heads]!.text, 1) !== null)) ? 1 : 0);
      // beside a signer's name, `§ 1-37` is the declared range, not part of the name
      const keep = (j: number): boolean => continuesPersons(values, j) && (f.field === 'participants' || classOf(values[j]!.text) !== 'range');
      // (`Beslutande   Enligt förteckning`: the list stands elsewhere, and the names after it are another heading's)
      if (!(k === heads + 1 && namesElsewhere(values[heads]!.text))) while (k < values.length && keep(k)) k++;
      f.values.push(...values.slice(heads, k).map(asValue));
      return values.slice(k);
    }
    case 'text': {
      // the first group: a place over two lines, not the paragraph after a blank line
      const first = groupsOf(values)[0]!;
      f.values.push(...first.map(asValue));
      return values.slice(first.length);
    }
    default: {
      const k = values.findIndex((v) => takes(f.value, classOf(v.text), v.text));
      if (k < 0) return [...values];
      f.values.push(asValue(values[k]!));
      return [...values.slice(0, k), ...values.slice(k + 1)];
    }
  }
}

// a list's heading has a row or two of column heads at most (`Närvaro §§` / `Tjg   Ej tjg   Ja   Nej`)
const MAX_HEAD_ROWS = 2;

// (a head's first two letters asked before the heads are: most first values are names)
const mayOpenColumnHead = opensLikeTwo(PARTICIPANT_COLUMN_HEADS);
/** A row that opens with a column head of an attendance table (`Närvaro §§`, `Tjg   Ej tjg`, glued as a web page prints them: `TjgEj tjgJANEJ`). */
function isColumnHead(text: string): boolean {
  const lower = text.toLowerCase();
  // (a head word ends where a capital or a sign follows it: `Kommunförbundet` opens with no head)
  return PARTICIPANT_COLUMN_HEADS.some((w) => lower.startsWith(w) && !/\p{Ll}/u.test(text.charAt(w.length)));
}

/** How many values right after a list's heading are rows of column heads over its names (none that is a person), with a name on the row after them. */
function columnHeads(f: FrontPageField, values: readonly Piece[]): number {
  let n = 0;
  while (n < MAX_HEAD_ROWS && values[n] && values[n]!.at <= f.at + n + 1 && values[n]!.at >= f.at && mayOpenColumnHead(values[n]!.text) && isColumnHead(values[n]!.text)) n++;
  const next = values[n];
  if (n === 0 || next === undefined || next.at !== values[n - 1]!.at + 1) return 0;
  // (the person may stand in the row's second cell: `Organisation   Namn` over `Ekby kommun   Per Ås (M)`)
  for (let k = n; k < values.length && values[k]!.at === next.at; k++) if (classOf(values[k]!.text) === 'persons') return n;
  return 0;
}

// capitalised words only, two to four a name, names joined by `och` or commas
const NAME = `[${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}]?[${LOWER_LETTER}'’]+)*(?:\\s+[${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}]?[${LOWER_LETTER}'’]+)*){1,3}`;
export const NAMES_ONLY = new RegExp(`^${NAME}(?:\\s*(?:,|och)\\s*${NAME})*$`, 'u');
