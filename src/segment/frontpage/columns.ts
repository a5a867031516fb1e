// A participant table of two or more columns under headings on one line (`Beslutande
// Ledamöter   Tjänstgörande ersättare`, `Övriga närvarande   Tjänstepersoner`), flattened
// line by line: each line holds a piece of each column, cut at column gaps or, where the
// extractor left one space, where the next person's name starts. The pieces of a column
// make its entries: a piece that names nobody, or follows an entry that dangles
// (`… (SD) ersätter`, `…, 2:e vice`), continues the entry above it in its column.
import { dangles, splitPersons } from '../../text/persons.js';
import type { Piece } from './pieces.js';
import type { FieldValue } from './read.js';
import { namesPerson } from './values.js';
import { groupsOf } from './groups.js';
import { ownRoles } from './align.js';

export interface ColumnTable {
  columns: { label: Piece; entries: FieldValue[] }[];
  rest: Piece[];
}

interface Part {
  text: string;
  at: number;
  col: number;
}

export function readColumnTable(labels: readonly Piece[], values: readonly Piece[]): ColumnTable | null {
  const heads = headingRow(labels);
  if (!heads || values.length === 0) return null;
  // a blank line, then a line that names nobody (`Föredragningslista`, the agenda's heading), ends the table
  const stop = values.findIndex((v, k) => k > 0 && v.groupStart && !namesPerson(v.text));
  const rest = stop < 0 ? [] : values.slice(stop);
  const rows = rowsOf(stop < 0 ? values : values.slice(0, stop), heads[heads.length - 1]!.col);
  const width = Math.min(heads.length, Math.max(...rows.map((r) => r.length)));
  // (a name a line, the lists apart by blank lines, as many as the headings, each heading its own role's: a list a heading)
  const lists = width === 1 ? listsApart(heads, stop < 0 ? values : values.slice(0, stop)) : null;
  if (lists) return { columns: lists, rest };
  // the headings right of a group heading are the columns (`Beslutande  Ledamöter  Ersättare`)
  const columnHeads = heads.slice(heads.length - Math.max(1, width));
  const k = columnHeads.length;
  // where each column starts, from the rows that fill every column
  const starts: number[] = columnHeads.map((h) => h.col);
  const full = rows.filter((r) => r.length === k);
  if (full.length) for (let c = 0; c < k; c++) starts[c] = median(full.map((r) => r[c]!.col));
  const entries: FieldValue[][] = columnHeads.map(() => []);
  const nearest = (col: number): number => starts.reduce((best, s, c) => (Math.abs(s - col) < Math.abs(starts[best]! - col) ? c : best), 0);
  for (const row of rows) {
    row.forEach((part, j) => {
      const c = row.length === k ? j : nearest(part.col);
      const list = entries[c]!;
      const last = list[list.length - 1];
      if (last && (dangles(last.text) || !namesPerson(part.text))) last.text = `${last.text} ${part.text}`;
      else list.push({ text: part.text, at: part.at, col: part.col });
    });
  }
  return { columns: columnHeads.map((label, c) => ({ label, entries: entries[c]! })), rest };
}

/**
 * `Ledamöter: Ersättare: Övriga närvarande` over the names a line each, in as many groups between blank lines
 * as there are headings, each heading a role of its own: each group its heading's, in order (or null).
 */
function listsApart(heads: readonly Piece[], values: readonly Piece[]): ColumnTable['columns'] | null {
  const groups = groupsOf(values);
  if (groups.length !== heads.length || !ownRoles(heads.map((h) => h.label!.text))) return null;
  return heads.map((label, c) => ({ label, entries: joinedEntries(groups[c]!) }));
}

/** A list's pieces as entries: a piece that names nobody, or follows an entry that dangles, continues the one above. */
function joinedEntries(pieces: readonly Piece[]): FieldValue[] {
  const list: FieldValue[] = [];
  for (const part of pieces) {
    const last = list[list.length - 1];
    if (last && (dangles(last.text) || !namesPerson(part.text))) last.text = `${last.text} ${part.text}`;
    else list.push({ text: part.text, at: part.at, col: part.col });
  }
  return list;
}

/** Two participant headings or more on one line: the head row of a table. */
function headingRow(labels: readonly Piece[]): Piece[] | null {
  const persons = labels.filter((l) => l.label?.field === 'participants');
  const line = persons[persons.length - 1]?.at;
  const row = persons.filter((l) => l.at === line);
  // (`Tid och plats Beslutande Ledamöter`: a row of labels of other kinds too, their values a line each after it, is no table)
  if (labels.some((l) => l.at === line && l.label!.field !== 'participants' && l.label!.value !== 'none')) return null;
  return row.length >= 2 ? row : null;
}

// how far left of the last heading a line may start and still stand under it alone
const UNDER_LAST = 2;

/**
 * Each line's pieces; a single piece that names two people is cut where the second starts,
 * unless it starts under the last heading (`Beslutande   Ledamöter` over `Eva Ek (S), Per Ås (M)`
 * under `Ledamöter`): a list of that column alone, the headings left of it standing over it.
 */
function rowsOf(values: readonly Piece[], lastHead: number): Part[][] {
  const rows: Part[][] = [];
  for (const v of values) {
    const last = rows[rows.length - 1];
    if (last && last[0]!.at === v.at) last.push({ text: v.text, at: v.at, col: v.col });
    else rows.push([{ text: v.text, at: v.at, col: v.col }]);
  }
  return rows.map((row) => {
    if (row.length !== 1 || row[0]!.col >= lastHead - UNDER_LAST) return row;
    const parts = splitPersons(row[0]!.text);
    if (parts.length < 2) return row;
    let offset = 0;
    return parts.map((text) => {
      const at = row[0]!.text.indexOf(text, offset);
      offset = at + text.length;
      return { text, at: row[0]!.at, col: row[0]!.col + Math.max(0, at) };
    });
  });
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
