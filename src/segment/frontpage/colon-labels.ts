// Labels run on in one cell, each with its colon (`Datum: 2024-06-05 Tid: 9.00-12.00 Plats:
// Teams`, a notes template's one line): a cell that opens with a label and its colon is cut
// before each further label written with one, and each part is a cell of its own.
import { labelAt } from '../../text/labels.js';
import type { Cell } from '../../text/line.js';
import { ANY_LETTER, UPPER_LETTER } from '../../text/letters.js';

// a capitalised word or three before a colon, after a space: where a label may stand
const MAY_LABEL = new RegExp(`\\s(?=[${UPPER_LETTER}][${ANY_LETTER}-]*(?:\\s[${ANY_LETTER}-]+){0,3}:\\s)`, 'gu');

const opensWithColonLabel = (text: string): boolean => {
  const hit = labelAt(text);
  return hit !== null && text.slice(0, hit.length).includes(':');
};

/** The cells with every cell of colon labels run on cut into one cell a label. */
export function colonLabelCells(cells: readonly Cell[]): readonly Cell[] {
  // (most cells hold no second colon: one test of each)
  if (!cells.some((c) => c.text.indexOf(':') !== c.text.lastIndexOf(':'))) return cells;
  return cells.flatMap((cell) => {
    if (cell.text.indexOf(':') === cell.text.lastIndexOf(':') || !opensWithColonLabel(cell.text)) return [cell];
    const out: Cell[] = [];
    let from = 0;
    for (const m of cell.text.matchAll(MAY_LABEL)) {
      const at = m.index + 1;
      if (!opensWithColonLabel(cell.text.slice(at))) continue;
      out.push({ text: cell.text.slice(from, m.index).trimEnd(), col: cell.col + from });
      from = at;
    }
    return from === 0 ? [cell] : [...out, { text: cell.text.slice(from), col: cell.col + from }];
  });
}
