// An agenda table's head row right above its first point, and what its cells say of the columns under them:
// an attachments' column (`Punkt   Ärende   Ansvarig   Bilaga`) makes a bare number in a column of its own on a
// point's row (`3.   Verksamhetsrapport   Kim Falk   1`) the point's attachment, not the end of its title; a column
// of who answers for each point (`Ansvarig`), with none headed `Föredragande`, names no presenter; a column of the
// documents (`Beslutsunderlag`) is no part of the title.
import { ATTACHMENT_WORDS, DOCUMENT_COLUMN_HEADS, PRESENTER_HEAD_STEM, PROPOSAL_COLUMN_HEADS, RESPONSIBLE_COLUMN_HEADS } from '../../lexicon/sv.js';
import { cellsOf, isBlank, type Line } from '../../text/line.js';

const COLUMN_GAP = /\t+| {3,}/u;
// a head row's cell is a word or two
const HEAD_CELL = 25;
// how many lines above the first point the head row may stand
const HEAD_REACH = 3;
const ATTACHMENT_HEADS = new Set<string>(ATTACHMENT_WORDS);
const RESPONSIBLE_HEADS = new Set<string>(RESPONSIBLE_COLUMN_HEADS);
const DOCUMENT_HEADS = new Set<string>(DOCUMENT_COLUMN_HEADS);
const PROPOSAL_HEADS = new Set<string>(PROPOSAL_COLUMN_HEADS);
// how far left of its head a cell may start and still stand in its column
const SLACK = 3;

/** The head row right above the first point (blank lines between at most), or -1. */
function headRow(lines: readonly Line[], first: number | undefined): number {
  if (first === undefined) return -1;
  let p = first - 1;
  while (p >= 0 && first - p <= HEAD_REACH && isBlank(lines[p]!)) p--;
  return p < 0 || first - p > HEAD_REACH ? -1 : p;
}

// (a closing colon cut with a plain test: the head row's cells were each asked a pattern)
const headKey = (c: string): string => {
  const k = c.toLowerCase();
  return k.endsWith(':') ? k.slice(0, -1) : k;
};

/** What the head row right above the first point says of the columns under it. */
export interface HeadColumns {
  /** It has an attachments' column (`Bilaga`). */
  attachments: boolean;
  /** It has a column of who answers for each point (`Ansvarig`), and none of who presents it. */
  responsible: boolean;
  /** Where its column of documents starts (`Beslutsunderlag`), as a source column; null where it has none (or it heads the title's). */
  documentsAt: number | null;
  /**
   * Its last column holds what is proposed on each point (`Ärende   Beteckning   Förslag`): a converter that flattened
   * the table left no columns to place a row's cells by, but a row's last cell stands in the last column.
   */
  proposals: boolean;
}
const NO_HEAD: HeadColumns = { attachments: false, responsible: false, documentsAt: null, proposals: false };

/**
 * The head row's columns, read once for all three (its cells, lower-cased without a closing colon, a word or two
 * each); none where no such row stands.
 */
export function headColumns(lines: readonly Line[], first: number | undefined): HeadColumns {
  const p = headRow(lines, first);
  if (p < 0) return NO_HEAD;
  const cells = lines[p]!.text.trim().split(COLUMN_GAP);
  if (cells.length < 2) return NO_HEAD;
  let attachments = false;
  let responsible = false;
  let presenter = false;
  for (const c of cells) {
    if (c.length > HEAD_CELL) return NO_HEAD;
    const key = headKey(c);
    attachments ||= ATTACHMENT_HEADS.has(key);
    responsible ||= RESPONSIBLE_HEADS.has(key);
    presenter ||= key.includes(PRESENTER_HEAD_STEM);
  }
  // (the documents' column by the cells as they stand in the line, for their source columns)
  let documentsAt: number | null = null;
  const placed = cellsOf(lines[p]!);
  for (let k = 0; k < placed.length; k++) {
    if (!DOCUMENT_HEADS.has(headKey(placed[k]!.text))) continue;
    documentsAt = k > 0 ? placed[k]!.col : null;
    break;
  }
  return { attachments, responsible: responsible && !presenter, documentsAt, proposals: PROPOSAL_HEADS.has(headKey(cells[cells.length - 1]!)) };
}

/** The cells of a row's line that stand in the column starting at `col` or right of it. */
export function cellsFrom(line: Line, col: number): Set<string> {
  return new Set(cellsOf(line).filter((c) => c.col >= col - SLACK).map((c) => c.text));
}

// `1`, `2a`, `1, 3`, `4-5`, `1 och 2`: the attachments' numbers without their word
export const BARE_ATTACHMENTS = /^\d{1,2}[a-z]?(?:\s*(?:[-–,&]|och)\s*\d{1,2}[a-z]?)*$/u;
