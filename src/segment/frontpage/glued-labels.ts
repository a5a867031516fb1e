// A label of several words glued to the end of the value before it, the line break between them
// lost (`Maria Dal, sekrUtses att justera Per Lind (s)`): the cell is cut before the label, and
// each part is a cell of its own. Only a label that is no everyday word (`Utses att justera`,
// `Övriga deltagande`) is cut out of a word: a capital inside a word is mostly a name's (`McDonald`).
import { labelAt } from '../../text/labels.js';
import type { Cell } from '../../text/line.js';
import { LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

// a small letter, then a capital and a small letter: where a glued word may start
const SEAM = new RegExp(`[${LOWER_LETTER}](?=[${UPPER_LETTER}][${LOWER_LETTER}])`, 'gu');
const HAS_SEAM = new RegExp(`[${LOWER_LETTER}][${UPPER_LETTER}][${LOWER_LETTER}]`, 'u');

/** The label glued at `at` of the text: one of several words, and no weak one. */
const gluedLabelAt = (text: string, at: number): boolean => {
  const hit = labelAt(text.slice(at));
  return hit !== null && !hit.weak && hit.text.includes(' ');
};

/** The cells with every cell that has a label glued inside it cut before the label. */
export function gluedLabelCells(cells: readonly Cell[]): readonly Cell[] {
  if (!cells.some((c) => HAS_SEAM.test(c.text))) return cells;
  return cells.flatMap((cell) => {
    if (!HAS_SEAM.test(cell.text)) return [cell];
    const out: Cell[] = [];
    let from = 0;
    for (const m of cell.text.matchAll(SEAM)) {
      const at = m.index + 1;
      if (!gluedLabelAt(cell.text, at)) continue;
      out.push(from === 0 ? { text: cell.text.slice(0, at), col: cell.col } : { text: cell.text.slice(from, at), col: cell.col + from, glued: true });
      from = at;
    }
    return from === 0 ? [cell] : [...out, { text: cell.text.slice(from), col: cell.col + from, glued: true }];
  });
}
