// The municipality whose notice board the minutes' anslag is put up on, named in the genitive
// (`Justeringen har tillkännagivits på Lövby kommuns anslagstavla`, `… anslagits på Ekby stads
// officiella anslagstavla`): whose minutes they are, where nothing else names it.
import type { Line } from '../../text/line.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

// one or two capitalised words, the head's genitive (`kommuns`, `stads`), a word or two (`officiella`, `digitala`), the board
const BOARD_OWNER = new RegExp(
  `(?<![${ANY_LETTER}])((?:[${UPPER_LETTER}][${LOWER_LETTER}-]+ ){1,2})(kommun|stad)s (?:[${LOWER_LETTER}]+ ){0,2}anslagstavla(?![${ANY_LETTER}])`,
  'u',
);
// the lines from the document's end read for the anslag (a block after the last §)
const TAIL_LINES = 40;

/** The municipality that owns the notice board the header or the closing lines name, or null. */
export function noticeBoardOwner(headerText: string, lines: readonly Line[], end: number, start: number): { name: string; index: number } | null {
  const inHeader = headerText.includes('anslagstavla') ? BOARD_OWNER.exec(headerText) : null;
  if (inHeader) return { name: `${inHeader[1]}${inHeader[2]}`, index: inHeader.index };
  for (let i = Math.max(start, end - TAIL_LINES); i < end; i++) {
    const flat = lines[i]!.flat;
    if (!flat.includes('anslagstavla')) continue;
    const m = BOARD_OWNER.exec(flat);
    if (m) return { name: `${m[1]}${m[2]}`, index: m.index };
  }
  return null;
}
