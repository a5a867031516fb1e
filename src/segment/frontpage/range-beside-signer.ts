// The declared range in the cell beside a signer's label (`Sekreterare ........   Paragrafer 10-12`,
// the common `Underskrifter` grid), the signer's name on the line under it: the range is the
// `Paragrafer` label's, and stands between the signer's label and its name. It is moved before
// the label, so the stream reads `Paragrafer 10-12`, `Sekreterare`, `Maja Holm`, and the label
// stays in the run of signers' labels around it (`Ordförande ....` / `Justerande ....` under it).
import type { Piece } from './pieces.js';
import { labelAt } from '../../text/labels.js';
import { SIGNERS } from './names-over-labels.js';
import { isRange, namesPerson } from './values.js';

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

// a range at the start of a text and what follows it (`10-12 Maja Holm`)
const RANGE_THEN_REST = /^((?:§§?\s*)?\d{1,4}\s*[-‐‑‒–—]\s*(?:§\s*)?\d{1,4})\s+(\S.*)$/u;
// a signature line's leader, alone in its piece (`...`)
const LEADER_ONLY = /^[.…_]+$/u;

/**
 * The same grid flattened by a transcript: the leader glued to the label, the name run on
 * after the range on the range's line (`Sekreterare...` / `Paragrafer 10-12 Maja Holm`).
 * The range stays the `Paragrafer` label's, the name goes back to the signer's label; where the range's cell was left
 * blank (`Sekreterare..` / `Paragraf Maja Holm`), the name alone goes back, and the empty label goes.
 */
export function rangeThenSignerName(pieces: Piece[]): Piece[] {
  for (let i = 0; i + 3 < pieces.length; i++) {
    const signer = pieces[i]!;
    if (!SIGNERS.has(signer.label?.field ?? '')) continue;
    const leader = pieces[i + 1]!.label === null && LEADER_ONLY.test(pieces[i + 1]!.text) ? 1 : 0;
    const label = pieces[i + 1 + leader]!;
    const value = pieces[i + 2 + leader];
    if (label.label?.field !== 'paragraphs' || !value || value.label || value.at !== label.at || label.at - signer.at > 1) continue;
    // (or the range's cell left blank, the name right after the label: `Sekreterare.. Paragraf Eva Ek`)
    const m = RANGE_THEN_REST.exec(value.text) ?? (leader === 1 ? ['', '', value.text] : null);
    // (the name alone: not the rest of the grid run on after it, `Lena Holm Ordförande ..... Eva Ek`)
    if (!m || m[2]!.includes('..') || m[2]!.includes('…') || m[2]!.split(' ').some((w) => SIGNERS.has(labelAt(w)?.field ?? '')) || !namesPerson(m[2]!)) continue;
    if (m[1] === '') {
      // (the range's label with its cell blank says nothing)
      pieces.splice(i, 4, signer, { ...value, paired: true });
      i += 1;
      continue;
    }
    const cut = value.text.length - m[2]!.length;
    pieces.splice(
      i,
      3 + leader,
      { ...label, groupStart: signer.groupStart },
      { ...value, text: m[1]! },
      { ...signer, groupStart: false },
      { ...value, text: m[2]!, col: value.col + cut },
    );
    i += 3;
  }
  return pieces;
}
