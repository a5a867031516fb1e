// A list of people printed as a table with the position first (`Beslutande` / `Ordförande
// Anna Berg (S)` / `Vice ordförande   Per Ek (M)` / `Ledamot   Lars Holm (C)`): the position's
// cell opens each row, and `Ordförande` or `Sekreterare` there is a member's or an officer's
// position, not a signer's label. Under a list's label, a row of a position's cell and a name's
// among rows of the same shape (one of them with a position no signer's label names) is made one entry, the name and
// then its position (`Anna Berg (S), ordförande`), as the list reads its other entries.
import { collapse } from '../../text/line.js';
import type { Piece } from './pieces.js';
import { namesPerson } from './values.js';
import { namesOrganisationOnly } from '../participants.js';
import { LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

const SIGNER_POSITIONS = new Set<string>(['chair', 'secretary']);
// a position's cell: a few words, capitalised, no digit, no bracket (`Vice ordförande`, `Förbundsdirektör`)
const POSITION_CELL = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}-]+(?: [${LOWER_LETTER}-]+){0,2}$`, 'u');

// (`Ekby kommun   Per Ås (M)`, `Försäkringskassan   Lena Holm`: a column of organisations left of the names is no position's)
const positionCell = (p: Piece): boolean => (p.label ? SIGNER_POSITIONS.has(p.label.field) : POSITION_CELL.test(p.text) && !namesPerson(p.text) && !namesOrganisationOnly(p.text));
/** Pieces i and i + 1 are a row of a position's cell and a name's. */
const isRow = (pieces: readonly Piece[], i: number): boolean => {
  const p = pieces[i];
  const q = pieces[i + 1];
  return p !== undefined && q !== undefined && q.at === p.at && pieces[i + 2]?.at !== p.at && pieces[i - 1]?.at !== p.at && !q.label && positionCell(p) && namesPerson(q.text);
};

export function positionsFirst(pieces: Piece[]): Piece[] {
  // the rows under a list's label (a signer's label among them does not end the list)
  const rows: number[] = [];
  let under: string | null = null;
  for (let i = 0; i + 1 < pieces.length; i++) {
    const p = pieces[i]!;
    if (p.label && !(SIGNER_POSITIONS.has(p.label.field) && under === 'participants')) under = p.label.field;
    else if (under === 'participants' && isRow(pieces, i)) rows.push(i);
  }
  // runs of two rows or more one under the other, one of them at least with a position's cell that is no signer's label
  // (`Sekreterare Ivar Holm` over `Ordförande Ebba Sjö` after the lists are the signers), from the last so the indices hold
  const runs: number[][] = [];
  for (const i of rows) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === i - 2) run.push(i);
    else runs.push([i]);
  }
  for (const run of runs.reverse()) {
    if (run.length < 2 || run.every((i) => pieces[i]!.label)) continue;
    for (const i of [...run].reverse()) {
      const p = pieces[i]!;
      const q = pieces[i + 1]!;
      const position = p.label ? p.label.text : p.text;
      pieces.splice(i, 2, { ...q, label: null, text: collapse(`${q.text}, ${position.toLowerCase()}`), col: p.col, groupStart: p.groupStart });
    }
  }
  return pieces;
}
