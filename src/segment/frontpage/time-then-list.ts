// The meeting's place-and-time label and a list's label in a row, flattened over one text of both their values
// (`Plats och tid Beslutande Folkets hus, Norrby måndagen den 3 mars 2014, kl Enligt bifogad närvarolista`):
// a transcript lost the hour after `kl`, and the capitalised word after it opens the list's value. Each label is
// given its own part, the place and time first.
import type { Piece } from './pieces.js';
import { ANY_LETTER, UPPER_LETTER } from '../../text/letters.js';

const WHEN_OR_WHERE = new Set<string>(['placeAndTime', 'dateAndTime', 'time']);
// `kl` (`kl.`, `klockan`) with no hour after it, before a capitalised word
const HOUR_LOST = new RegExp(`(?<![${ANY_LETTER}])(?:kl\\.?|klockan)(?= [${UPPER_LETTER}])`, 'u');

export function timeThenList(pieces: Piece[]): Piece[] {
  for (let i = 0; i + 2 < pieces.length; i++) {
    const when = pieces[i]!;
    const list = pieces[i + 1]!;
    const value = pieces[i + 2]!;
    if (!WHEN_OR_WHERE.has(when.label?.field ?? '') || list.label?.field !== 'participants' || value.label || value.at - list.at > 1) continue;
    // (the value's own hour said: `kl 13.00 Enligt närvarolista` is cut where the time's reader leaves it)
    const m = value.text.includes('kl') ? HOUR_LOST.exec(value.text) : null;
    if (!m) continue;
    const cut = m.index + m[0].length;
    const rest = value.text.slice(cut).trim();
    pieces.splice(i + 1, 2, { ...value, text: value.text.slice(0, cut) }, list, { ...value, text: rest, col: value.col + cut + 1, groupStart: false });
    i += 3;
  }
  return pieces;
}
