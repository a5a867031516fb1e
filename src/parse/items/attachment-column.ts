// An agenda table's head row right above its first point, and what its cells say of the columns under them:
// an attachments' column (`Punkt   Ärende   Ansvarig   Bilaga`) makes a bare number in a column of its own on a
// point's row (`3.   Verksamhetsrapport   Kim Falk   1`) the point's attachment, not the end of its title; a column
// of who answers for each point (`Ansvarig`), with none headed `Föredragande`, names no presenter; a column of the
// documents (`Beslutsunderlag`) is no part of the title.
import { ATTACHMENT_WORDS, DOCUMENT_COLUMN_HEADS, PRESENTER_HEAD_STEM, RESPONSIBLE_COLUMN_HEADS } from '../../lexicon/sv.js';
import { cellsOf, isBlank, type Line } from '../../text/line.js';

const COLUMN_GAP = /\t+| {3,}/u;
// a head row's cell is a word or two
const HEAD_CELL = 25;
// how many lines above the first point the head row may stand
const HEAD_REACH = 3;
const ATTACHMENT_HEADS = new Set<string>(ATTACHMENT_WORDS);
const RESPONSIBLE_HEADS = new Set<string>(RESPONSIBLE_COLUMN_HEADS);
const DOCUMENT_HEADS = new Set<string>(DOCUMENT_COLUMN_HEADS);
// how far left of its head a cell may start and still stand in its column
const SLACK = 3;

/** The head row right above the first point (blank lines between at most), or -1. */
function headRow(lines: readonly Line[], first: number | undefined): number {
  if (first === undefined) return -1;
  let p = first - 1;
  while (p >= 0 && first - p <= HEAD_REACH && isBlank(lines[p]!)) p--;
  return p < 0 || first - p > HEAD_REACH ? -1 : p;
}

const headKey = (c: string): string => c.toLowerCase().replace(/[:]$/u, '');

/** The head row's cells, lower-cased without a closing colon; null where none stands. */
function headCells(lines: readonly Line[], first: number | undefined): string[] | null {
  const p = headRow(lines, first);
  if (p < 0) return null;
  const cells = lines[p]!.text.trim().split(COLUMN_GAP);
  return cells.length >= 2 && cells.every((c) => c.length <= HEAD_CELL) ? cells.map(headKey) : null;
}

/**
 * Where the head row's column of documents starts (`Beslutsunderlag`), as a source column; null where the head
 * has none (or it heads the row's first column, the title's).
 */
export function documentsColumn(lines: readonly Line[], first: number | undefined): number | null {
  const p = headRow(lines, first);
  if (p < 0 || headCells(lines, first) === null) return null;
  const cells = cellsOf(lines[p]!);
  const k = cells.findIndex((c) => DOCUMENT_HEADS.has(headKey(c.text)));
  return k > 0 ? cells[k]!.col : null;
}

/** The cells of a row's line that stand in the column starting at `col` or right of it. */
export function cellsFrom(line: Line, col: number): Set<string> {
  return new Set(cellsOf(line).filter((c) => c.col >= col - SLACK).map((c) => c.text));
}

/** The head row right above the first point has an attachments' column. */
export function headsAttachmentColumn(lines: readonly Line[], first: number | undefined): boolean {
  return headCells(lines, first)?.some((c) => ATTACHMENT_HEADS.has(c)) ?? false;
}

/** The head row right above the first point has a column of who answers for each point, and none of who presents it. */
export function headsResponsibleColumn(lines: readonly Line[], first: number | undefined): boolean {
  const cells = headCells(lines, first);
  return cells !== null && cells.some((c) => RESPONSIBLE_HEADS.has(c)) && !cells.some((c) => c.includes(PRESENTER_HEAD_STEM));
}

// `1`, `2a`, `1, 3`, `4-5`, `1 och 2`: the attachments' numbers without their word
export const BARE_ATTACHMENTS = /^\d{1,2}[a-z]?(?:\s*(?:[-–,&]|och)\s*\d{1,2}[a-z]?)*$/u;
