// An agenda table whose head row names an attachments' column (`Punkt   Ärende   Ansvarig   Bilaga`):
// a bare number in a column of its own on a point's row (`3.   Verksamhetsrapport   Kim Falk   1`)
// is the point's attachment, not the end of its title.
import { ATTACHMENT_WORDS } from '../../lexicon/sv.js';
import { isBlank, type Line } from '../../text/line.js';

const COLUMN_GAP = /\t+| {3,}/u;
// a head row's cell is a word or two
const HEAD_CELL = 25;
// how many lines above the first point the head row may stand
const HEAD_REACH = 3;
const ATTACHMENT_HEADS = new Set<string>(ATTACHMENT_WORDS);

/** The head row right above the first point (blank lines between at most) has an attachments' column. */
export function headsAttachmentColumn(lines: readonly Line[], first: number | undefined): boolean {
  if (first === undefined) return false;
  let p = first - 1;
  while (p >= 0 && first - p <= HEAD_REACH && isBlank(lines[p]!)) p--;
  if (p < 0 || first - p > HEAD_REACH) return false;
  const cells = lines[p]!.text.trim().split(COLUMN_GAP);
  return cells.length >= 2 && cells.every((c) => c.length <= HEAD_CELL) && cells.some((c) => ATTACHMENT_HEADS.has(c.toLowerCase().replace(/[:]$/u, '')));
}

// `1`, `2a`, `1, 3`, `4-5`, `1 och 2`: the attachments' numbers without their word
export const BARE_ATTACHMENTS = /^\d{1,2}[a-z]?(?:\s*(?:[-–,&]|och)\s*\d{1,2}[a-z]?)*$/u;
