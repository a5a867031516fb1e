// Signatures written as a sentence of names, each with its role in lower case after it
// (`Underskrifter Hanna Borg sekreterare Karin Ström ordförande.. Sara Lind justerare`): a
// transcript of a table whose rows were name, then role. Each name is given the signer's
// label its role word is, before it, so the stream reads label, value as elsewhere. (Or the names first and their
// role words after them all, the two rows of a table run together: `Underskrifter Mats Lund Pia Ek ordförande sekreterare`.)
import { labelAt, type LabelHit } from '../../text/labels.js';
import { allMatches, capitalise } from '../../text/patterns.js';
import { SIGNERS } from './names-over-labels.js';
import type { Piece } from './pieces.js';
import { signerNames } from '../../text/persons.js';
import { namesPerson } from './values.js';

// a name (two to four capitalised words, a party's bracket perhaps) and the role word after it, its leader dots too
// (a double surname's second part capitalised too: `Gunnel Ek-Ikonen`)
const NAME_THEN_ROLE = /(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*(?:\s+\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*){1,3}(?:\s+\([^()]{1,12}\))?)\s+(\p{Ll}{5,20})[.…_:]*(?=\s|$)/gu;

/** The (label, name) pairs of a text that is nothing but names with their roles after them; null otherwise. */
function pairsOf(text: string): [LabelHit, string][] | null {
  const out: [LabelHit, string][] = [];
  let end = 0;
  for (const m of allMatches(NAME_THEN_ROLE, text)) {
    if (text.slice(end, m.index).trim() !== '') return null;
    const label = labelAt(capitalise(m[2]!));
    if (!label || !SIGNERS.has(label.field) || label.length !== m[2]!.length || !namesPerson(m[1]!)) return null;
    out.push([label, m[1]!]);
    end = m.index + m[0].length;
  }
  return out.length >= 2 && text.slice(end).trim() === '' ? out : null;
}

/**
 * `Mats Lund Pia Ek ordförande sekreterare`: the row of names, then the row of their role words under them, run
 * together (Swedish-language Finnish minutes print the roles under the names): each name with the role in its place.
 */
function rowsOf(text: string): [LabelHit, string][] | null {
  const words = text.trim().split(' ');
  const labels: LabelHit[] = [];
  for (let k = words.length - 1; k >= 0 && /^\p{Ll}{5,20}$/u.test(words[k]!); k--) {
    const label = labelAt(capitalise(words[k]!));
    if (!label || !SIGNERS.has(label.field) || label.length !== words[k]!.length) return null;
    labels.unshift(label);
  }
  if (labels.length < 2) return null;
  const names = signerNames(words.slice(0, words.length - labels.length).join(' '), labels.length);
  return names && names.every((n) => namesPerson(n)) ? names.map((n, k): [LabelHit, string] => [labels[k]!, n]) : null;
}

export function namesThenRoles(pieces: Piece[]): Piece[] {
  for (let i = 1; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (p.label || pieces[i - 1]!.label?.field !== 'signatures') continue;
    const pairs = pairsOf(p.text) ?? rowsOf(p.text);
    if (!pairs) continue;
    pieces.splice(i, 1, ...pairs.flatMap(([label, name]): Piece[] => [
      { label, text: '', at: p.at, col: p.col, groupStart: false },
      { label: null, text: name, at: p.at, col: p.col, groupStart: false, paired: true },
    ]));
    i += 2 * pairs.length - 1;
  }
  return pieces;
}
