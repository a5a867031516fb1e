// A signature block flattened onto one line with its labels first and its names after them, in the same order
// (`Ordförande Sekreterare Anna Ek Per Ås`, `Sekreterare Ordförande Justerande.. Eva Lund. Bo Ek. Rut Ås`,
// `ordförande sekreterare Eva Lund Bo Ek`): a row of labels and the row of names under it, read row by row. The names
// are as many as the labels, paired by order; the last label, an adjuster's, may take the names left over
// (`Ordförande Justerare Anna Ek (S) Bo Lind (M) Per Ås (C)`).
import { trimEndOf, trimStartOf } from '../text/patterns.js';
import { looksLikeName } from '../split/titles.js';
import { signerNames } from '../text/persons.js';
import type { SignatureRole } from './signatures.js';

// the most names a last adjusters' label takes after the other labels' one each
const MORE_ADJUSTERS = 3;
// `Gerd Klein (S) 46`: the §§ a last adjuster signed, after the name
const RANGE_WORD = /^§?\d{1,4}(?:[-–]\d{1,4})?$/u;

/** `Justerande..`, `Eva Lund.`: a word without the signature's dotted line or rule at its ends. */
const unled = (word: string): string => trimEndOf(trimStartOf(word, '.…_'), '.…_');
/** `Anna Ek (S)` → `Anna Ek`: the party after a signer's name is no part of it. */
const withoutParty = (name: string): string => (name.endsWith(')') && name.lastIndexOf('(') > 0 ? name.slice(0, name.lastIndexOf('(')).trimEnd() : name);

/**
 * `Ordförande Sekreterare Anna Ek Per Ås`: two signers' labels at least, one after another, then the names, each with
 * its label's role in order; null when the line opens otherwise or its names do not come out one for each label.
 * `roleOf` is the labels' reader (a label's word → its role).
 */
export function labelsThenNames(flat: string, roleOf: (word: string) => SignatureRole | null): { role: SignatureRole; names: string[]; roles: SignatureRole[] } | null {
  const words = flat.split(' ');
  const labels: SignatureRole[] = [];
  let k = 0;
  for (; k < words.length; k++) {
    const role = roleOf(trimEndOf(words[k]!, ':.…_'));
    if (!role) break;
    labels.push(role);
  }
  // (a name's own words after the labels: two at least for each label)
  if (labels.length < 2 || words.length - k < 2 * labels.length) return null;
  // (a comma among the names is the other readers' line: `Sekreterare, Per Ås Ordförande, Anna Ek`)
  const kept: string[] = [];
  for (const w of words.slice(k)) {
    const bare = unled(w);
    if (bare !== '') kept.push(bare);
  }
  if (kept.length > 0 && RANGE_WORD.test(kept.at(-1)!)) kept.pop();
  const rest = kept.join(' ');
  if (rest.includes(',')) return null;
  const last = labels.at(-1)!;
  const most = labels.length + (last === 'adjusters' ? MORE_ADJUSTERS : 0);
  for (let n = labels.length; n <= most; n++) {
    const names = signerNames(rest, n);
    if (!names || !names.every((name) => looksLikeName(name) && !name.split(' ').some((w) => roleOf(w) !== null))) continue;
    const roles = names.map((_, j) => labels[Math.min(j, labels.length - 1)]!);
    return { role: labels[0]!, names: names.map(withoutParty), roles };
  }
  return null;
}
