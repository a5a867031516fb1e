// The front page as a stream of pieces: each line cut at its column gaps, each cell a label
// (from the lexicon) or a text, in reading order. Whatever an extractor did with the line
// breaks — label and value on one line, a label column beside a value column, a label over
// its value, all labels before all values — the stream keeps each label before the text
// that follows it.
import { collapse, isBlank, type Line } from '../../text/line.js';
import { isLabelTail, joinedLabel, labelAt, type LabelHit } from './labels.js';

export interface Piece {
  /** A label, or a text (`Kommunhuset, kl 13.00`, `Ewa Engdahl (c), ordförande`). */
  label: LabelHit | null;
  text: string;
  /** Index of its line, and its column (indentation included). */
  at: number;
  col: number;
  /** The first piece of a line that follows a blank line, a rule or a signature leader: a new group of values. */
  groupStart: boolean;
}

interface Cell {
  text: string;
  col: number;
}

/** The cells of a line: its text cut at runs of two spaces or more, with their columns. */
export function cellsOf(line: Line): Cell[] {
  const out: Cell[] = [];
  const re = /\S+(?: \S+)*/g;
  for (const m of line.text.matchAll(re)) out.push({ text: m[0], col: line.indent + m.index });
  return out;
}

export function piecesOf(lines: readonly Line[], start: number, end: number, skip: (i: number) => boolean): Piece[] {
  const pieces: Piece[] = [];
  let gap = true;
  let consumed = null as { line: number; cells: number } | null;
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    if (skip(i)) {
      gap = true;
      continue;
    }
    if (isBlank(line)) {
      gap = true;
      continue;
    }
    let cells = cellsOf(line);
    if (consumed?.line === i) cells = cells.slice(consumed.cells);
    consumed = null;
    let first = true;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c]!;
      const groupStart = first && gap;
      first = false;
      // the rest of a label broken over two lines: it said nothing
      if (c === 0 && isLabelTail(cell.text) && pieces[pieces.length - 1]?.label) continue;
      let label = labelAt(cell.text);
      // `Datum för` / `anslags uppsättande   2007-01-11`, `Förvaringsplats` / `för protokollet   Kommunhuset`
      const next: (Cell & { at: number }) | null = c === cells.length - 1 ? nextLineFirstCell(lines, i, end) : null;
      if (next) {
        const joined = joinedLabel(cell.text, next.text);
        if (joined && joined.length >= cell.text.length + 1 + next.text.length) {
          label = { ...joined, length: joined.length };
          consumed = { line: next.at, cells: 1 };
          pieces.push({ label, text: '', at: i, col: cell.col, groupStart });
          continue;
        }
      }
      if (!label) {
        pieces.push({ label: null, text: collapse(cell.text), at: i, col: cell.col, groupStart });
        continue;
      }
      pieces.push({ label, text: '', at: i, col: cell.col, groupStart });
      const rest = collapse(cell.text.slice(label.length));
      if (rest !== '') pieces.push({ label: null, text: rest, at: i, col: cell.col + label.length, groupStart: false });
    }
    gap = line.rule || line.leader;
  }
  return pieces;
}

/** The first cell of the next content line, right under this one. */
function nextLineFirstCell(lines: readonly Line[], i: number, end: number): (Cell & { at: number }) | null {
  const n = i + 1;
  if (n >= end || isBlank(lines[n]!)) return null;
  const cell = cellsOf(lines[n]!)[0];
  return cell ? { ...cell, at: n } : null;
}
