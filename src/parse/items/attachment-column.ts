// An agenda table's head row right above its first point, and what its cells say of the columns under them:
// an attachments' column (`Punkt   Ärende   Ansvarig   Bilaga`) makes a bare number in a column of its own on a
// point's row (`3.   Verksamhetsrapport   Kim Falk   1`) the point's attachment, not the end of its title; a column
// of who answers for each point (`Ansvarig`), with none headed `Föredragande`, names no presenter.
import { ATTACHMENT_WORDS, PRESENTER_HEAD_STEM, RESPONSIBLE_COLUMN_HEADS } from '../../lexicon/sv.js';
import { isBlank, type Line } from '../../text/line.js';

const COLUMN_GAP = /\t+| {3,}/u;
// a head row's cell is a word or two
const HEAD_CELL = 25;
// how many lines above the first point the head row may stand
const HEAD_REACH = 3;
const ATTACHMENT_HEADS = new Set<string>(ATTACHMENT_WORDS);
const RESPONSIBLE_HEADS = new Set<string>(RESPONSIBLE_COLUMN_HEADS);

/** The head row's cells, lower-cased without a closing colon: right above the first point (blank lines between at most); null where none stands. */
function headCells(lines: readonly Line[], first: number | undefined): string[] | null {
  if (first === undefined) return null;
  let p = first - 1;
  while (p >= 0 && first - p <= HEAD_REACH && isBlank(lines[p]!)) p--;
  if (p < 0 || first - p > HEAD_REACH) return null;
  const cells = lines[p]!.text.trim().split(COLUMN_GAP);
  return cells.length >= 2 && cells.every((c) => c.length <= HEAD_CELL) ? cells.map((c) => c.toLowerCase().replace(/[:]$/u, '')) : null;
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
