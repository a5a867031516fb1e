// Signatures printed name over role (`Mikael Grön          Patrik Holm` over `Ordförande
// Protokollförare`, the Swedish-language Finnish minutes' `Underskrifter`): a line of names
// and, right under it, as many signer labels in the same columns. Each label is moved
// before the name above it, so the stream reads label, value as elsewhere; not where a label
// of people stands right before the names (labels and names alternating, one a line).
import { labelAt } from '../../text/labels.js';
import { capitalise } from '../../text/patterns.js';
import type { Piece } from './pieces.js';
import { namesPerson } from './values.js';
import { OPENS_LOWER } from '../../text/letters.js';

/** The front page's fields of those who sign. */
export const SIGNERS: ReadonlySet<string> = new Set<string>(['chair', 'secretary', 'adjusters']);
// how far a label may stand from the start of the name over it
const SLACK = 3;

/** Every piece a signer's label. */
function allSigners(labels: readonly Piece[]): boolean {
  for (const l of labels) if (!SIGNERS.has(l.label?.field ?? '')) return false;
  return true;
}

/** A role word in lower case under a name (`sekreterare`, `justerare`) is the signer's label it would be capitalised. */
function asSigner(p: Piece): Piece {
  if (p.label || !OPENS_LOWER.test(p.text) || p.text.length > 30) return p;
  const label = labelAt(capitalise(p.text));
  return label && SIGNERS.has(label.field) && label.length === p.text.length ? { ...p, label, text: '' } : p;
}

/**
 * A signer's label before piece `i` with no name after it yet: looking back over labels that take no
 * people (`Paragrafer`) and texts that are no name (`20-28`), the first label that takes people is a signer's.
 */
function signerWaiting(pieces: readonly Piece[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= WAIT_REACH; k--) {
    const p = pieces[k]!;
    if (p.label) {
      if (p.label.value === 'persons') return SIGNERS.has(p.label.field);
      if (p.label.value === 'none') return false;
    } else if (namesPerson(p.text)) return false;
  }
  return false;
}
// (a label and its value of another kind between a signer's label and its name: a few pieces)
const WAIT_REACH = 4;

export function namesOverLabels(pieces: Piece[]): Piece[] {
  for (let i = 0; i < pieces.length; i++) {
    const at = pieces[i]!.at;
    // (the row's first piece; or the first after the signatures' heading in its first column: `Underskrifter   Anna Rosen   Eva Kask`)
    if (pieces[i]!.label || (i > 0 && pieces[i - 1]!.at === at && !(pieces[i - 1]!.label?.field === 'signatures' && pieces[i - 2]?.at !== at))) continue;
    // names under a label that takes them (`Sekreterare` / `Eva Stål` / `Ordförande` / `Ulla Borg`, alternating) are its values
    if (i > 0 && pieces[i - 1]!.label?.value === 'persons') continue;
    // the names open a group of their own (after a blank line, or right under `Underskrifter`): not a list going on
    if (!pieces[i]!.groupStart && pieces[i - 1]?.label?.value !== 'none') continue;
    // the whole line's pieces, no label among them; as many pieces right under them in their
    // columns, and no more on that line (where they stand is asked before what they say)
    let n = 0;
    while (i + n < pieces.length && pieces[i + n]!.at === at && !pieces[i + n]!.label) n++;
    if (i + n < pieces.length && pieces[i + n]!.at === at) continue;
    const names = pieces.slice(i, i + n);
    const under = pieces.slice(i + n, i + 2 * n);
    if (under.length !== n || (i + 2 * n < pieces.length && pieces[i + 2 * n]!.at === at + 1)) continue;
    if (!under.every((l, k) => l.at === at + 1 && Math.abs(l.col - names[k]!.col) <= SLACK)) continue;
    // and so under a signer's label still waiting for its name past a label and value of another kind
    // (`Sekreterare` / `Paragrafer` / `20-28` / `Sara Bäck` / `Ordförande` / `Lena Hök`: labels and names alternate)
    // (asked after where the pieces stand: it reads the pieces before as names)
    if (i > 0 && signerWaiting(pieces, i)) continue;
    // (the labels asked before the names: most rows under a row are no signers' labels)
    // (by a loop, not `map()` and `every()`: the arrays the built-in and the inlined `map` make are of different elements
    // kinds, and `every` meeting the other kind threw this function's optimised code away)
    const labels: Piece[] = [];
    for (const u of under) labels.push(asSigner(u));
    if (!allSigners(labels) || !names.every((p) => namesPerson(p.text))) continue;
    const out: Piece[] = [];
    names.forEach((name, k) => out.push({ ...labels[k]!, groupStart: k === 0 && name.groupStart }, { ...name, groupStart: false }));
    pieces.splice(i, 2 * n, ...out);
    i += 2 * n - 1;
  }
  return pieces;
}
