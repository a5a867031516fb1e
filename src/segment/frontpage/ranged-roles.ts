// Signatures as a row of names, then the row of their roles, a chair for some §§ among them with the §§ after
// the role (`Underskrifter Eva Lund Tor Sand Pia Ek ordförande ordf. 28 och 29 protokollförare`): Swedish-language
// Finnish towns print the signing grid with the roles under the names, and a second chair's role under the name of
// whoever chaired some §§. Flattened, the §§ stand between the role words. After the roles the adjusting's line may
// run on, its adjusters' names last (`Elektronisk protokolljustering senast (Protokolljustering bifogas) Bo Ås Ida Holm`).
import { labelAt, type LabelHit } from '../../text/labels.js';
import { ROLE_RANGE_WORDS } from '../../lexicon/sv.js';
import { alternation, capitalise } from '../../text/patterns.js';
import { signerNames, splitPersons } from '../../text/persons.js';
import type { Piece } from './pieces.js';
import { ANY_LETTER, UPPER_LETTER } from '../../text/letters.js';
import { SIGNERS } from './names-over-labels.js';
import { namesPerson } from './values.js';

// a role word (`ordförande`, `Protokollförare`) or its short form with its stop (`ordf.`, `sekr.`)
const ROLE = new RegExp(`^[${ANY_LETTER}]{4,20}\\.?$`, 'u');
// the §§ after a role: numbers, a range, `och`, `under`, `§` (`ordf. 28 och 29`, `Ordförande under § 62`)
const QUALIFIER = new RegExp(`^(?:[\\d§–,-]+|${alternation(ROLE_RANGE_WORDS)})$`, 'u');
// the adjusting's line after the roles names the adjusting (`protokolljustering`, `justeras`)
const ADJUSTING = /juster/iu;
// no meeting has more adjusters than this
const MAX_ADJUSTERS = 3;
const ADJUSTERS = labelAt('Justerare')!;

/** The signer's label a word is (`ordförande`, `Ordf.`), or null. */
function roleOf(word: string): LabelHit | null {
  if (!ROLE.test(word)) return null;
  const label = labelAt(capitalise(word));
  return label && SIGNERS.has(label.field) && label.length === word.replace(/\.$/u, '').length ? label : null;
}

/**
 * The (label, name) pairs of a row of names and the row of their roles with §§ between them, and the adjusters' names
 * the adjusting's line after them ends on; null unless a role carries §§ and every name its role.
 */
export function rangedRoles(text: string): [LabelHit, string][] | null {
  // (the cheap test: a digit, the §§ of a role)
  if (!/\d/u.test(text)) return null;
  const words = text.split(' ');
  let r = 0;
  while (r < words.length && !roleOf(words[r]!)) r++;
  if (r < 2 || r >= words.length) return null;
  const roles: LabelHit[] = [];
  let qualified = false;
  let k = r;
  for (; k < words.length; k++) {
    const w = words[k]!;
    const role = roleOf(w);
    if (role) roles.push(role);
    else if (QUALIFIER.test(w)) qualified = true;
    else break;
  }
  if (!qualified || roles.length < 2 || /^\d/u.test(words[r - 1]!)) return null;
  const names = signerNames(words.slice(0, r).join(' '), roles.length);
  if (!names || !names.every((n) => namesPerson(n))) return null;
  const pairs = names.map((n, j): [LabelHit, string] => [roles[j]!, n]);
  if (k === words.length) return pairs;
  const adjusters = adjustersAfter(words.slice(k));
  return adjusters ? [...pairs, ...adjusters.map((n): [LabelHit, string] => [ADJUSTERS, n])] : null;
}

/** The adjusting's line's adjusters (the names after its last word that names the adjusting or closes a bracket), or null. */
function adjustersAfter(words: readonly string[]): string[] | null {
  let last = -1;
  words.forEach((w, j) => {
    if (ADJUSTING.test(w) || w.endsWith(')')) last = j;
  });
  if (last < 0 || !words.slice(0, last + 1).some((w) => ADJUSTING.test(w))) return null;
  const rest = words.slice(last + 1);
  if (rest.length < 2 || rest.length > 2 * MAX_ADJUSTERS + 2) return null;
  for (let count = 1; count <= MAX_ADJUSTERS; count++) {
    const names = signerNames(rest.join(' '), count);
    if (names && names.every((n) => namesPerson(n))) return names;
  }
  return null;
}

// the §§ at the head of a text between two signers' labels (`under 62`, `§ 5-6`, `28 och 29`)
const QUALIFIER_HEAD = new RegExp(`^(?:(?:${alternation(ROLE_RANGE_WORDS)}|§|§§|[\\d–,-]+)(?:\\s+|$))+`, 'u');

// two or three capitalised words (`Brage Wilhelms`, `Lil Strand-Karlsson`)
const NAME_WORDS = new RegExp(`^[${UPPER_LETTER}][${ANY_LETTER}'’-]+(?: [${UPPER_LETTER}][${ANY_LETTER}'’-]+){1,2}$`, 'u');
const looksLikeName = (n: string): boolean => NAME_WORDS.test(n);

/** The label and name pieces of the pairs, at a piece's place. */
const pairPieces = (p: Piece, pairs: readonly [LabelHit, string][]): Piece[] =>
  pairs.flatMap(([label, name]): Piece[] => [
    { label, text: '', at: p.at, col: p.col, groupStart: false },
    { label: null, text: name, at: p.at, col: p.col, groupStart: false, paired: true },
  ]);

/**
 * `Olle Dahl Maria Strand Petra Nyman` / `Ordförande` `Ordförande` `under 18` `Sekreterare`: the same grid where the
 * roles were read as labels, the §§ between them a text of their own (Åland's and Österbotten's minutes). Each name goes
 * to the label in its place; a text after the §§ that is more than roles (the adjusting's place and day) stays where
 * the names stood. Not unless a role carries §§ and there are as many labels as names, or more.
 */
export function namesOverRangedLabels(pieces: Piece[]): Piece[] {
  for (let i = 1; i < pieces.length - 2; i++) {
    const p = pieces[i]!;
    if (p.label || p.paired || !pieces[i + 1]!.label || !SIGNERS.has(pieces[i + 1]!.label!.field)) continue;
    const names = splitPersons(p.text);
    // (a given name the lexicon lacks is a name too in a row of names over the signers' labels: one known suffices)
    if (names.length < 2 || !names.every(looksLikeName) || !names.some((n) => namesPerson(n))) continue;
    const labels: LabelHit[] = [];
    let qualified = false;
    let rest = '';
    let j = i + 1;
    for (; j < pieces.length; j++) {
      const q = pieces[j]!;
      if (q.label) {
        if (!SIGNERS.has(q.label.field)) break;
        labels.push(q.label);
        continue;
      }
      const head = labels.length > 0 ? QUALIFIER_HEAD.exec(q.text) : null;
      if (!head) break;
      qualified = true;
      const words = q.text.slice(head[0].length).split(' ').filter((w) => w !== '');
      let k = 0;
      for (; k < words.length && roleOf(words[k]!); k++) labels.push(roleOf(words[k]!)!);
      rest = words.slice(k).join(' ');
      if (rest !== '') {
        j++;
        break;
      }
    }
    if (!qualified || labels.length < names.length) continue;
    const kept: Piece[] = rest !== '' ? [{ ...p, text: rest }] : [];
    const made = [...kept, ...pairPieces(p, names.map((n, k): [LabelHit, string] => [labels[k]!, n]))];
    pieces.splice(i, j - i, ...made);
    i += made.length - 1;
  }
  return pieces;
}
