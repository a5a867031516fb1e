// The column of positions of a surname-first roll (Swedish-language Finnish minutes), flattened
// after the last given name, where a cell holds more than its position: the organ after a comma
// (`I viceordf., fullm.`), the hours or §§ a person sat (`personalsekreterare, 288 kl`), the
// stripped time's comma (`II viceordf., fullm., kl ,`). Cutting after each position's own word
// (positionRuns) then runs two cells together; here a cell runs on past its position's word
// while a comma ties the next word to it, or the next word is a time's or a §'s (`kl`, `288`),
// which opens no position. A word before a position's own (`kfge:s`, `I`, `teknisk`) opens the next cell.
import { POSITION_ABBREVIATED_ENDS } from '../lexicon/sv.js';
import { endsPosition } from './persons.js';
import { alternation, withoutComma } from './patterns.js';

// `ordf.`, `viceordf.`, `kommunsekr.`: a position's own word cut short (written out later, when the entry is read)
const ABBREVIATED_END = new RegExp(`(?:${alternation(Object.keys(POSITION_ABBREVIATED_ENDS))})\\.?$`, 'u');
// a time's or a paragraph's word, which belongs to the cell before it (`kl`, `288`, `13.30-15`, `fr.`, `t.o.m.`)
const TAIL = /^(?:kl\.?|fr\.?|fr\.o\.m\.?|t\.o\.m\.?|§+|[\d.:–-]+)$/u;
const PUNCTUATION = /^[,.;:–-]+$/u;


/** A cell's text without the commas that tied nothing after its last word (`II viceordf., fullm., kl ,` → `… kl`). */
function cellText(cell: string[]): string {
  let end = cell.length;
  while (end > 1 && PUNCTUATION.test(cell[end - 1]!)) end--;
  return [...cell.slice(0, end - 1), withoutComma(cell[end - 1]!)].join(' ');
}
const isHead = (word: string): boolean => endsPosition(withoutComma(word)) || ABBREVIATED_END.test(withoutComma(word));

/** The cells of a flattened column of positions, each with its position's own word, or null where a cell has none. */
export function positionCells(words: readonly string[]): string[] | null {
  const cells: string[] = [];
  let cell: string[] = [];
  let headed = false;
  // the last word of a headed cell ended on a comma: the next word is the cell's own
  let tied = false;
  for (const word of words) {
    if (PUNCTUATION.test(word)) {
      if (headed) cell.push(word);
      tied = headed;
      continue;
    }
    const head = isHead(word);
    const tail = headed && !head && (tied || TAIL.test(withoutComma(word)));
    if (headed && !tail) {
      cells.push(cellText(cell));
      cell = [];
      headed = false;
    }
    cell.push(word);
    headed ||= head;
    tied = headed && word.endsWith(',');
  }
  if (!headed) return null;
  cells.push(cellText(cell));
  return cells;
}
