// Signatures written as a sentence of names, each with its role in lower case after it
// (`Underskrifter Hanna Borg sekreterare Karin Ström ordförande.. Sara Lind justerare`): a
// transcript of a table whose rows were name, then role. Each name is given the signer's
// label its role word is, before it, so the stream reads label, value as elsewhere. (Or the names first and their
// role words after them all, the two rows of a table run together: `Underskrifter Mats Lund Pia Ek ordförande sekreterare`;
// or after the adjusting's sentence: `Justering Protokollet är justerat Sirkka Salo protokolljusterare Raili Strand protokolljusterare`;
// or the role words first and the names after them: `Underskrifter ordförande sekreterare Mats Lund Pia Ek`;
// or each name with its role capitalised and the organ's after a comma: `Underskrifter Vikby Mats Lund Mötesordf, KST-ordf`;
// or no role at all, the names after the signing place and date: `Underskrifter Vikby den 9 april 2025 Mats Lund Pia Ek`.)
import { labelAt, type LabelHit } from '../../text/labels.js';
import { allMatches, capitalise } from '../../text/patterns.js';
import { SIGNERS } from './names-over-labels.js';
import type { Piece } from './pieces.js';
import { isGivenName, signerNames } from '../../text/persons.js';
import { findDates } from '../../text/dates.js';
import { namesPerson } from './values.js';
import { rangedRoles } from './ranged-roles.js';
import { ANY_LETTER, LOWER_LETTER, OPENS_LOWER, UPPER_LETTER } from '../../text/letters.js';

// a name (two to four capitalised words, a party's bracket perhaps) and the role word after it, its leader dots too
// (a double surname's second part capitalised too: `Gunnel Ek-Ikonen`)
const NAME_THEN_ROLE = new RegExp(`([${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}]?[${LOWER_LETTER}'’]+)*(?:\\s+[${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}]?[${LOWER_LETTER}'’]+)*){1,3}(?:\\s+\\([^()]{1,12}\\))?)\\s+([${LOWER_LETTER}]{5,20})[.…_:]*(?=\\s|$)`, 'gu');

/** The (label, name) pairs of a text that is nothing but names with their roles after them; null otherwise. */
function pairsOf(text: string): [LabelHit, string][] | null {
  const out: [LabelHit, string][] = [];
  let end = 0;
  for (const m of allMatches(NAME_THEN_ROLE, text)) {
    if (text.slice(end, m.index).trim() !== '') return null;
    const label = signerLabel(m);
    if (!label) return null;
    out.push([label, out.length === 0 ? withoutSigningPlace(m[1]!) : m[1]!]);
    end = m.index + m[0].length;
  }
  return out.length >= 2 && text.slice(end).trim() === '' ? out : null;
}

/** The first signer's name without the signing place before it (`Västvik Karin Ström`: no given name, then one); the name otherwise. */
function withoutSigningPlace(name: string): string {
  const space = name.indexOf(' ');
  // (a name of three words at least: `Karin Ström` keeps both)
  if (space < 0 || name.indexOf(' ', space + 1) < 0) return name;
  const second = name.slice(space + 1, name.indexOf(' ', space + 1));
  return !isGivenName(name.slice(0, space)) && isGivenName(second) ? name.slice(space + 1) : name;
}

/** The signer's label a match's role word is, when its name names a person; null otherwise. */
function signerLabel(m: RegExpExecArray): LabelHit | null {
  const label = labelAt(capitalise(m[2]!));
  return label && SIGNERS.has(label.field) && label.length === m[2]!.length && namesPerson(m[1]!) ? label : null;
}

/**
 * `Protokollet är justerat och godkänt Sirkka Salo protokolljusterare Raili Strand protokolljusterare`: the adjusting's
 * sentence, then its signers each with the role word after the name (flattened Swedish-language Finnish minutes).
 * The sentence and the pairs; null where the text does not end so.
 */
function sentenceThenPairs(text: string): { sentence: string; pairs: [LabelHit, string][] } | null {
  // (the cheap test: the text ends on a role word in lower case)
  const space = text.lastIndexOf(' ');
  if (space < 0 || !/^\p{Ll}{5,20}[.…_:]*$/u.test(text.slice(space + 1))) return null;
  let pairs: [LabelHit, string][] = [];
  let from = -1;
  let end = 0;
  for (const m of allMatches(NAME_THEN_ROLE, text)) {
    const label = signerLabel(m);
    if (!label || (pairs.length > 0 && text.slice(end, m.index).trim() !== '')) {
      pairs = [];
      if (!label) continue;
    }
    if (pairs.length === 0) from = m.index;
    pairs.push([label, m[1]!]);
    end = m.index + m[0].length;
  }
  const sentence = from > 0 ? text.slice(0, from).trim() : '';
  return pairs.length > 0 && sentence !== '' && text.slice(end).trim() === '' ? { sentence, pairs } : null;
}

/**
 * `Mats Lund Pia Ek ordförande sekreterare`: the row of names, then the row of their role words under them, run
 * together (Swedish-language Finnish minutes print the roles under the names): each name with the role in its place.
 */
function rowsOf(text: string): [LabelHit, string][] | null {
  const words = text.trim().split(' ');
  const labels = trailingRoles(words);
  if (!labels) return null;
  const names = signerNames(words.slice(0, words.length - labels.length).join(' '), labels.length);
  return names && names.every((n) => namesPerson(n)) ? names.map((n, k): [LabelHit, string] => [labels[k]!, n]) : null;
}

/**
 * `ordförande sekreterare Mats Lund Pia Ek`: the row of role words, then the row of names under them, run together
 * (Åland's minutes print the roles over the names): each name with the role in its place.
 */
function rolesThenRows(text: string): [LabelHit, string][] | null {
  // (the cheap test: the text opens on a word in lower case)
  if (!OPENS_LOWER.test(text)) return null;
  const words = text.trim().split(' ');
  const labels = leadingRoles(words);
  if (!labels) return null;
  const names = signerNames(words.slice(labels.length).join(' '), labels.length);
  return names && names.every((n) => namesPerson(n)) ? names.map((n, k): [LabelHit, string] => [labels[k]!, n]) : null;
}

// a name (two to four capitalised words), its role word capitalised, and the organ's role after a comma (a remark's
// bracket after it): `Anna Holm Mötesordf, KST-ordf`, `Ida Wik Mötessekr, k.dir (ej 46)`
const NAME_THEN_ROLE_PAIR = new RegExp(`([${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}]?[${LOWER_LETTER}'’]+)*(?:\\s+[${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}]?[${LOWER_LETTER}'’]+)*){1,3})\\s+([${UPPER_LETTER}][${LOWER_LETTER}]{3,19}),\\s*[^\\s,]+(?:\\s+\\([^()]{1,20}\\))?`, 'gu');

/**
 * `Viksund Anna Holm Mötesordf, KST-ordf Ida Wik Mötessekr, k.dir`: the place the signers signed at, then each name
 * with its role word capitalised and the organ's role after a comma (Åland's minutes). Null where the text is not so.
 */
function namesThenRolePairs(text: string): [LabelHit, string][] | null {
  // (the cheap test: a comma, which each pair's second role follows)
  if (!text.includes(', ')) return null;
  const out: [LabelHit, string][] = [];
  let end = 0;
  for (const m of allMatches(NAME_THEN_ROLE_PAIR, text)) {
    if (out.length > 0 && text.slice(end, m.index).trim() !== '') return null;
    const label = labelAt(m[2]!);
    if (!label || !SIGNERS.has(label.field) || label.length !== m[2]!.length) return null;
    // (the place before the first name: `Viksund Anna Holm`, a word that is no given name)
    const words = m[1]!.split(' ');
    while (out.length === 0 && words.length > 2 && !isGivenName(words[0]!)) words.shift();
    const name = words.join(' ');
    if (!namesPerson(name)) return null;
    out.push([label, name]);
    end = m.index + m[0].length;
  }
  return out.length >= 2 && text.slice(end).trim() === '' ? out : null;
}

// the signers' labels a grid with no role under its names gives them in turn: the chair first, the secretary last
const CHAIR = labelAt('Ordförande')!;
const SECRETARY = labelAt('Sekreterare')!;

/**
 * `Vikby den 9 april 2025 Mats Lund Pia Ek`: the signing place and date, then the signers' names with no role under
 * them (Åland's minutes sign in a grid, `Underskrifter` over the place and date, the chair's name first and the
 * secretary's last, a chair for some §§ between them). Two or three names and nothing after; null otherwise.
 */
function dayThenNames(text: string): [LabelHit, string][] | null {
  // (the cheap test: the `den` before the date)
  if (!text.includes(' den ')) return null;
  const date = findDates(text).pop();
  // (the date's hit may hold its `den`)
  if (!date || date.year === null || !(text.startsWith('den ', date.index) || text.slice(0, date.index).endsWith(' den '))) return null;
  const rest = text.slice(date.index + date.length).trim();
  const count = rest.split(' ').length / 2;
  const names = count >= 1 && count <= 3 ? signerNames(rest, count) : null;
  if (!names || !names.every((n) => namesPerson(n))) return null;
  // (one name alone is the first column's, the chair's: the secretary's stood elsewhere)
  return names.map((n, k): [LabelHit, string] => [k === names.length - 1 && k > 0 ? SECRETARY : CHAIR, n]);
}

// the §§ held before the grid (`30-41 Norrvik den 3 mars 2026 …`)
const RANGE_BEFORE = /^\d{1,4}(?:\s*[-–]\s*\d{1,4})?\s+(?=\D)/u;
/**
 * `30-41 Norrvik den 3 mars 2026 Agnes Holm Lovisa Strand` after `Paragrafer`: the §§ held, then the signers' grid run
 * on after them, its `Underskrifter` lost (Åland's minutes). The range and the grid's pairs; null otherwise.
 */
function rangeThenGrid(text: string): { value: string; pairs: [LabelHit, string][] } | null {
  const m = RANGE_BEFORE.exec(text);
  const pairs = dayThenNames(m ? text.slice(m[0].length) : text);
  return pairs ? { value: m ? m[0].trim() : '', pairs } : null;
}

/** The leading signers' role words of a text (`ordförande sekreterare …`), two at least; null otherwise. */
function leadingRoles(words: readonly string[]): LabelHit[] | null {
  const labels: LabelHit[] = [];
  for (let k = 0; k < words.length && /^\p{Ll}{5,20}$/u.test(words[k]!); k++) {
    const label = labelAt(capitalise(words[k]!));
    if (!label || !SIGNERS.has(label.field) || label.length !== words[k]!.length) return null;
    labels.push(label);
  }
  return labels.length >= 2 ? labels : null;
}

/** The trailing signers' role words of a text (`… sekreterare ordförande justerare`), two at least; null otherwise. */
function trailingRoles(words: readonly string[]): LabelHit[] | null {
  const labels: LabelHit[] = [];
  for (let k = words.length - 1; k >= 0 && /^\p{Ll}{5,20}$/u.test(words[k]!); k--) {
    const label = labelAt(capitalise(words[k]!));
    if (!label || !SIGNERS.has(label.field) || label.length !== words[k]!.length) return null;
    labels.unshift(label);
  }
  return labels.length >= 2 ? labels : null;
}

/**
 * `Justerare: Eva Ek (S) och Per Ås (M) Lisa Berg Olle Dal Eva Ek (S) Per Ås (M) sekreterare ordförande justerare
 * justerare`: the adjusters' own value, then the signature table's row of names and its row of role words run on
 * after it (a page flattened without its `Underskrifter`). The value and the pairs; null where the text does not end so.
 */
function valueThenRows(text: string): { value: string; pairs: [LabelHit, string][] } | null {
  // (the cheap test: the text ends on a word in lower case)
  const space = text.lastIndexOf(' ');
  if (space < 0 || !/^\p{Ll}{5,20}$/u.test(text.slice(space + 1))) return null;
  const words = text.trim().split(' ');
  const labels = trailingRoles(words);
  if (!labels) return null;
  const head = words.slice(0, words.length - labels.length);
  // the longest run of words before the roles that is as many names as there are roles, some value before it
  for (let s = 1; s < head.length; s++) {
    const names = signerNames(head.slice(s).join(' '), labels.length);
    if (names && names.every((n) => namesPerson(n))) return { value: head.slice(0, s).join(' '), pairs: names.map((n, k): [LabelHit, string] => [labels[k]!, n]) };
  }
  return null;
}

// a word with no letter in a row of names or role words: the §§ a chair for some §§ signed (`Ordförande § 5-6`, `½ 5-6`)
const NO_LETTER = new RegExp(`^[^${ANY_LETTER}]+$`, 'u');
// a signer's role word, capitalised or not (`Ordförande`, `protokollförare`)
const ROLE_WORD = new RegExp(`^[${ANY_LETTER}]{5,20}$`, 'u');

/** The signer's label a word is (`Ordförande`, `protokolljusterare`); null otherwise. */
function signerWord(word: string): LabelHit | null {
  if (!ROLE_WORD.test(word)) return null;
  const label = labelAt(capitalise(word));
  return label && SIGNERS.has(label.field) && label.length === word.length ? label : null;
}

/**
 * `Elin Vik Hugo Strand Ordförande (ej § 5) protokollförare Bo Lind Ordförande § 5 Stina Ek Kaj Nord`: a grid's rows of
 * names, each followed by the row of their role words, in turn (Åland's minutes, flattened row by row; a chair for some
 * §§ has them after the role, in a bracket or bare). The pairs, and the last row's names where no role words follow
 * them; null unless every other row of names is as many names as its role words.
 */
function rowsInTurn(text: string): { pairs: [LabelHit, string][]; last: string | null } | null {
  const words = text.split(' ');
  // (the cheap test: the text opens with a name, its first two words no role's)
  if (words.length < 6 || signerWord(words[0]!) || signerWord(words[1]!)) return null;
  const pairs: [LabelHit, string][] = [];
  let names: string[] = [];
  let roles: LabelHit[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    // (a remark's bracket, `(ej § 5-6)`, and the §§ say nothing of who signs)
    if (w.startsWith('(')) {
      while (k < words.length && !words[k]!.endsWith(')')) k++;
      continue;
    }
    if (NO_LETTER.test(w)) continue;
    const label = signerWord(w);
    if (label) roles.push(label);
    else {
      if (roles.length > 0 && !pairRow(names, roles, pairs)) return null;
      if (roles.length > 0) [names, roles] = [[], []];
      names.push(w);
    }
  }
  if (roles.length > 0) return pairRow(names, roles, pairs) ? { pairs, last: null } : null;
  return pairs.length > 0 ? { pairs, last: names.join(' ') } : null;
}

/** A row of names paired with the row of role words after it, the pairs pushed; false where they are not as many. */
function pairRow(words: readonly string[], roles: readonly LabelHit[], pairs: [LabelHit, string][]): boolean {
  const names = words.length > 0 ? signerNames(words.join(' '), roles.length) : null;
  if (!names || !names.every((n) => namesPerson(n))) return false;
  names.forEach((n, k) => pairs.push([roles[k]!, n]));
  return true;
}

/** A value that is nothing but signers' role words (`protokolljusterare protokolljusterare`): their labels; null otherwise. */
function roleWordsOnly(text: string): LabelHit[] | null {
  const labels: LabelHit[] = [];
  for (const w of text.split(' ')) {
    const label = signerWord(w);
    if (!label) return null;
    labels.push(label);
  }
  return labels;
}

/**
 * The rows in turn under `Underskrift`, the last row's role words perhaps after the next label (`Justering
 * protokolljusterare protokolljusterare`): the pairs, and whether that label's value was taken; null otherwise.
 */
function gridInTurn(pieces: readonly Piece[], i: number): { pairs: [LabelHit, string][]; took: boolean } | null {
  const rows = rowsInTurn(pieces[i]!.text);
  if (!rows) return null;
  if (rows.last === null) return { pairs: rows.pairs, took: false };
  const label = pieces[i + 1];
  const value = pieces[i + 2];
  const roles = label?.label && value && !value.label ? roleWordsOnly(value.text) : null;
  return roles && pairRow(rows.last.split(' '), roles, rows.pairs) ? { pairs: rows.pairs, took: true } : null;
}

export function namesThenRoles(pieces: Piece[]): Piece[] {
  for (let i = 1; i < pieces.length; i++) {
    const p = pieces[i]!;
    const field = pieces[i - 1]!.label?.field;
    if (p.label || (field !== 'signatures' && field !== 'adjustedAt' && field !== 'adjusters' && field !== 'certifiedBy' && field !== 'paragraphs')) continue;
    // (the §§' value asked first for the `den` of the signing day: most are a range alone)
    const after =
      field === 'adjustedAt' ? sentenceThenPairs(p.text) : field === 'adjusters' ? valueThenRows(p.text) : field === 'paragraphs' ? (p.text.includes(' den ') ? rangeThenGrid(p.text) : null) : null;
    let pairs = field === 'signatures' ? (pairsOf(p.text) ?? rowsOf(p.text) ?? rolesThenRows(p.text) ?? namesThenRolePairs(p.text) ?? dayThenNames(p.text) ?? rangedRoles(p.text)) : (after?.pairs ?? null);
    // (`Underskrift` heads a grid of rows in turn as `Underskrifter` does; over the anslag's signer, one name, it reads none)
    const grid = pairs === null && (field === 'signatures' || field === 'certifiedBy') ? gridInTurn(pieces, i) : null;
    if (grid) {
      pairs = grid.pairs;
      // (the last row's role words, the next label's value, are read)
      if (grid.took) pieces.splice(i + 2, 1);
    }
    if (!pairs) continue;
    // (the adjusting's sentence, the adjusters' names, the §§' range, stay its value)
    const keep = after ? ('sentence' in after ? after.sentence : after.value) : '';
    const kept: Piece[] = keep !== '' ? [{ ...p, text: keep }] : [];
    pieces.splice(i, 1, ...kept, ...pairs.flatMap(([label, name]): Piece[] => [
      { label, text: '', at: p.at, col: p.col, groupStart: false },
      { label: null, text: name, at: p.at, col: p.col, groupStart: false, paired: true },
    ]));
    i += kept.length + 2 * pairs.length - 1;
  }
  return pieces;
}
