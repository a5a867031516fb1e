// A block of labels of people (signers' and lists' alike) and then their values run on in one
// short line, each label's value in the labels' order (`Sekreterare: Närvarande tjänstemän Utses
// att justera: Eva Holm föredragande Bo Lund`: the secretary, the officials' column, the adjuster):
// a flattened row of label cells over a row of value cells. Each label takes the entry at its
// place; an official's word in lower case after a name (`föredragande`) is a cell of its own only
// where the labels count one more cell than the names, and the list's cell must hold no name.
import { splitPersons } from '../../text/persons.js';
import { LOWER_LETTER } from '../../text/letters.js';
import type { Piece } from './pieces.js';
import type { FrontPageField } from './read.js';
import { classOf } from './values.js';

// (a name, then words in lower case alone: `Eva Holm föredragande`)
const LOWER_TAIL = new RegExp(`^(.*\\S)\\s+([${LOWER_LETTER}][${LOWER_LETTER}-]*(?:\\s+[${LOWER_LETTER}][${LOWER_LETTER}-]*)*)$`, 'u');
// (a short line: more text is a list run on, which run-on.ts aligns)
const MAX_TEXT = 80;

/** Each label's entry of the one value line, in order; null unless the entries count as the labels do. */
export function peopleInOrder(takers: readonly FrontPageField[], values: readonly Piece[]): Piece[][] | null {
  if (takers.length < 2 || values.length !== 1 || !takers.every((f) => f.value === 'persons')) return null;
  // (one list's label among signers' at least: labels of signers alone are the signing grid's, read elsewhere)
  if (!takers.some((f) => f.field === 'participants') || takers.every((f) => f.field === 'participants')) return null;
  const piece = values[0]!;
  if (piece.text.length > MAX_TEXT) return null;
  const entries = splitPersons(piece.text);
  if (entries.length < 2 || !entries.every((e) => classOf(e) === 'persons')) return null;
  let cells = entries;
  if (cells.length === takers.length - 1) {
    const split = cells.flatMap((e) => {
      const m = LOWER_TAIL.exec(e);
      return m && classOf(m[1]!) === 'persons' ? [m[1]!, m[2]!] : [e];
    });
    if (split.length === takers.length) cells = split;
  }
  if (cells.length !== takers.length) return null;
  // (a list's label over one name alone is no cell of this row: `Ordinarie` / `Utses att justera` over two names is a
  // list and its adjusters, read by kind; the list's cell here holds an official's word, no one's name)
  if (takers.some((f, k) => f.field === 'participants' && classOf(cells[k]!) === 'persons')) return null;
  let from = 0;
  return cells.map((text) => {
    const at = piece.text.indexOf(text, from);
    from = at + text.length;
    return [{ ...piece, text, col: piece.col + at, groupStart: at === 0 && piece.groupStart }];
  });
}
