// The declared range in the cell beside a signer's label (`Sekreterare ........   Paragrafer 10-12`,
// the common `Underskrifter` grid), the signer's name on the line under it: the range is the
// `Paragrafer` label's, and stands between the signer's label and its name. It is moved before
// the label, so the stream reads `Paragrafer 10-12`, `Sekreterare`, `Maja Holm`, and the label
// stays in the run of signers' labels around it (`Ordförande ....` / `Justerande ....` under it).
import type { Piece } from './pieces.js';
import { SIGNERS } from './names-over-labels.js';
import { isRange } from './values.js';

export function rangeBesideSigner(pieces: Piece[]): Piece[] {
  for (let i = 0; i + 2 < pieces.length; i++) {
    const signer = pieces[i]!;
    const label = pieces[i + 1]!;
    const range = pieces[i + 2]!;
    if (!SIGNERS.has(signer.label?.field ?? '') || label.label?.field !== 'paragraphs' || range.label || !isRange(range.text)) continue;
    // (all three on one line, and nothing after them there: the name stands under it)
    if (label.at !== signer.at || range.at !== signer.at || pieces[i + 3]?.at === signer.at) continue;
    pieces.splice(i, 3, { ...label, groupStart: signer.groupStart }, range, { ...signer, groupStart: false });
    i += 2;
  }
  return pieces;
}
