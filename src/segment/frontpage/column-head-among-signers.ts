// A signature row flattened with another column's head printed between the signers' names
// (`Ordförande Sekreterare` / `Karin Lindroos BEHANDLADE ÄRENDEN Paul Forsell`, the town
// minutes of Swedish-language Finland, whose grid puts the §§ handled between the two
// signers; the head is cut short there, `ÄREND`): the words in capitals are that column's head
// with its value lost, not part of a name. They are taken out, so the names after the row of
// signers' labels read as such a row's names do.
import type { Piece } from './pieces.js';
import { SIGNERS } from './names-over-labels.js';
import { namesPerson } from './values.js';
import { LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

// a run of words in capitals after a name's last letter (a head of four letters at least, then up to three more words in capitals)
const CAPITALS = new RegExp(`(?<=[${LOWER_LETTER}]) [${UPPER_LETTER}]{4,}(?: [${UPPER_LETTER}]{2,}){0,3} `, 'u');
// (the cheap test: two capitals in a row)
const TWO_CAPITALS = new RegExp(`[${UPPER_LETTER}]{2}`, 'u');

export function columnHeadAmongSigners(pieces: Piece[]): Piece[] {
  for (let i = 1; i < pieces.length; i++) {
    const value = pieces[i]!;
    if (value.label || !SIGNERS.has(pieces[i - 1]!.label?.field ?? '') || !TWO_CAPITALS.test(value.text)) continue;
    const m = CAPITALS.exec(value.text);
    if (!m) continue;
    const before = value.text.slice(0, m.index);
    const after = value.text.slice(m.index + m[0].length);
    if (!namesPerson(before) || !namesPerson(after)) continue;
    pieces[i] = { ...value, text: `${before} ${after}` };
  }
  return pieces;
}
