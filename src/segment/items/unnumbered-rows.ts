// An agenda table without a number column: `Ärende   Föredragande   Bilaga` over rows that open with the title.
import { AGENDA_TITLE_HEADS } from '../../lexicon/sv.js';
import { isBlank, type Line } from '../../text/line.js';
import type { ItemSegment } from './types.js';
import { ENDS_SENTENCE } from './line-kinds.js';
import { unnumberedPoint } from './bullets.js';
import { isAgendaHead } from './table-head.js';
import { OPENS_UPPER } from '../../text/letters.js';

const TITLE_HEADS = new Set<string>(AGENDA_TITLE_HEADS);
// a table has at least this many rows under its head
const MIN_ROWS = 2;
// a row's title cell is a heading's length
const TITLE_CELL = 90;
// the title's cell: up to the first column gap
const FIRST_CELL = /^\S.*?(?= {2,}|\t|$)/u;

/** The head row opens with the title's column (`Ärende   Föredragande …`): no number column before it. */
function headsTitleFirst(line: Line): boolean {
  const first = FIRST_CELL.exec(line.text)?.[0].toLowerCase() ?? '';
  return TITLE_HEADS.has(first) && isAgendaHead(line);
}

/** A row of the table: a capital first, its title cell a heading's length and no sentence. */
function isRow(line: Line): boolean {
  if (!OPENS_UPPER.test(line.text)) return false;
  const cell = FIRST_CELL.exec(line.text)?.[0] ?? '';
  return cell.length <= TITLE_CELL && !ENDS_SENTENCE.test(cell);
}

/**
 * The rows under an agenda table's head row whose first column is the title's: each a point
 * without a number, the whole row its heading (its other cells are read as a numbered row's are).
 * The rows run to a blank line; asked only where no numbering was found.
 */
export function unnumberedRowItems(lines: readonly Line[], start: number, end: number, excluded: (i: number) => boolean): ItemSegment[] {
  for (let h = start; h < end; h++) {
    const head = lines[h]!;
    // (a head row has column gaps: its text is not its flat text)
    if (isBlank(head) || head.text === head.flat || excluded(h) || !headsTitleFirst(head)) continue;
    const rows: number[] = [];
    let k = h + 1;
    for (; k < end && !isBlank(lines[k]!) && !excluded(k) && isRow(lines[k]!); k++) rows.push(k);
    if (rows.length < MIN_ROWS) return [];
    return rows.map((i) => unnumberedPoint({ style: 'column', number: 0, label: null, rest: lines[i]!.text, caseNumber: null, form: 'row' }, i, i + 1));
  }
  return [];
}
