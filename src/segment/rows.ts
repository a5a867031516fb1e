// An agenda or a list of items printed as a table whose cells wrap (`5.   Kommunstyrelsens
// underlag   2023-00841   Förslag till beslut i kommunstyrelsen` / `till kommunbudget 2025
// Kommunstyrelsen godkänner …`): each line of the row holds a piece of each column, and
// a piece belongs to the column it stands under. The title column gives the title (as long
// as its pieces go on with it); the other columns are the row's other cells (a case
// number, a proposal, a presenter), each read whole.
import { cellsOf, isBlank, type Cell, type Line } from '../text/line.js';
import { TITLE_LINK_WORDS } from '../lexicon/sv.js';
import { alternation } from '../text/patterns.js';
import { opensWithProposal } from '../text/proposal-label.js';
import { opensSentence } from '../text/sentence-start.js';
import { stopsTitle } from './title-stops.js';
import { itemTypeOfCell } from './item-type-line.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../text/letters.js';

export interface Row {
  /** The title as its column gives it. */
  title: string;
  /** Lines that hold a piece of the title. */
  titleLines: number[];
  /** The pieces of each other column, left to right (a piece a line of the row). */
  cells: string[][];
  /** Pieces of the title column after the title (a time, names): the row's body. */
  body: string[];
  /** One past the row's last line. */
  end: number;
}

// how far a piece may stand from its column's start and still be in it
const SLACK = 3;
const GOES_ON = new RegExp(`^(?:[${LOWER_LETTER}]|\\(|[-–—&]\\s)`, 'u');
// what ends a title in its cell: a time slot, or a name on a piece of its own (a presenter)
const NOT_TITLE = new RegExp(`^\\d{1,2}[.:]\\d{2}\\s*[-–—]|^[${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?\\s+[${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?$`, 'u');
// `a) Steget vidare`, `b. Unga i arbete`: a lettered sub-point, a capital after its letter
const SUB_POINT = new RegExp(`^[a-h][.)]\\s+[${UPPER_LETTER}]`, 'u');
const ENDS_ON_LINK = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(TITLE_LINK_WORDS)}|och|-)$`, 'iu');

// the number that opens a row (`3.`, `12`, `§ 4`, `4 §`), alone in its cell or before the title after one space
const NUMBER_CELL = /^(?:§\s?)?\d{1,3}(?:[.:)]|\s?§)?$/u;
const NUMBER_THEN_TITLE = /^((?:§\s?)?\d{1,3}(?:[.:)]|\s?§)?)\s+(?=\S)/u;

/**
 * The row's cells with its number in a cell of its own: `3. Verksamhetsplan 2025` (one space
 * between, one cell) is cut in two; null when the first cell opens with no number.
 */
function numberApart(cells: readonly Cell[]): Cell[] | null {
  const first = cells[0];
  if (!first) return null;
  if (NUMBER_CELL.test(first.text)) return [...cells];
  const m = NUMBER_THEN_TITLE.exec(first.text);
  if (!m) return null;
  return [{ text: m[1]!, col: first.col }, { text: first.text.slice(m[0].length), col: first.col + m[0].length }, ...cells.slice(1)];
}

// the lines a sentence under the title may take in its column
const SENTENCE_LINES = 4;
/**
 * `Ekonom Lisa Holm redovisar utfallet` / `per den 30 april.` under the title in its column: a
 * sentence (a subject and its verb, ended by a full stop in the column), the row's text, not the title's.
 */
function opensText(lines: readonly Line[], at: number, end: number, piece: Cell): boolean {
  if (!opensSentence(piece.text)) return false;
  for (let i = at, text = piece.text; i < Math.min(end, at + SENTENCE_LINES); i++) {
    if (i > at) {
      const below = cellsOf(lines[i]!).find((c) => Math.abs(c.col - piece.col) <= SLACK);
      if (!below) return false;
      text = below.text;
    }
    if (/[.!?]$/u.test(text)) return true;
  }
  return false;
}

/**
 * The row of an item heading at `at`, when the heading line is a table's row (a number, a
 * title, and more cells after column gaps): null otherwise.
 */
export function readRow(lines: readonly Line[], at: number, end: number): Row | null {
  // a line with no gap in it (its text is its flat text: single spaces only) is one cell
  if (lines[at]!.text === lines[at]!.flat) return null;
  const head = numberApart(cellsOf(lines[at]!));
  // the number's cell, the title's cell and at least one more; or the title's cell alone when
  // the row wraps (the next lines hold pieces of other columns)
  if (head === null || head.length < 3) return null;
  const columns = head.slice(1).map((c) => c.col);
  const titleCol = columns[0]!;
  // (a loop, not forEach with a callback: every cell of every line of a row asks it)
  const column = (col: number): number => {
    let best = -1;
    for (let k = 0; k < columns.length; k++) {
      const c = columns[k]!;
      if (col >= c - SLACK && (best < 0 || c > columns[best]!)) best = k;
    }
    return best;
  };
  const texts: string[][] = columns.map(() => []);
  const titleLines = [at];
  let title = head[1]!.text;
  let titleOpen = true;
  const body: string[] = [];
  const types: string[][] = [];
  head.slice(2).forEach((c) => texts[column(c.col)]!.push(c.text));
  let i = at + 1;
  for (; i < end; i++) {
    const line = lines[i]!;
    // a blank line ends a table's row; so does a sub-point under the title (`a) Steget vidare`): the point's, not the row's
    if (isBlank(line) || SUB_POINT.test(line.flat)) break;
    for (const c of cellsOf(line)) {
      const k = column(c.col);
      if (k < 0) {
        body.push(c.text);
        continue;
      }
      if (k === 0 && Math.abs(c.col - titleCol) <= SLACK) {
        // `Beslut` under the title in its cell: the point's type, a cell of its own (and the title's end)
        if (itemTypeOfCell(c.text) !== null) {
          titleOpen = false;
          types.push([c.text]);
          continue;
        }
        // `Förslag till beslut: …` under the title is the row's proposal, and ends its title
        // (so does a presenter's line: `Föredragande ekonomichef Lisa Berg`)
        if (titleOpen && !/[.!?]$/u.test(title) && !opensWithProposal(c.text) && !stopsTitle(c.text) && (GOES_ON.test(c.text) || ENDS_ON_LINK.test(title) || (!NOT_TITLE.test(c.text) && !opensText(lines, i, end, c)))) {
          title += ` ${c.text}`;
          if (!titleLines.includes(i)) titleLines.push(i);
        } else {
          titleOpen = false;
          body.push(c.text);
        }
        continue;
      }
      texts[k]!.push(c.text);
    }
  }
  // a row on one line is read by its columns as it stands (parse/items)
  if (i === at + 1) return null;
  return { title, titleLines, cells: [...texts.slice(1), ...types], body, end: i };
}
