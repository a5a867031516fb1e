// Where the signature blocks are. A block opens at a line of signature labels
// (`Sekreterare`, `Justeras    Ordförande`, `Vid protokollet`), a label with a leader
// (`Justerare  .......`) or a label followed by nothing but a name (`Ordförande Cecilia
// Andersson`), or at an `Underskrifter` heading, and runs over rules, names and further
// labels until other text starts.
import { E_SIGNED_HEADINGS, POSTING, POSTING_BLOCK_HEADINGS, SIGNATURE_BLOCK_HEADINGS, SIGNATURE_LABELS, SURE_SIGNATURE_LABELS } from '../lexicon/sv.js';
import { opensSeatRoll } from '../text/seat-roll.js';
import { columns, isBlank, nextContent, type Line } from '../text/line.js';
import { hintOf } from '../text/hint.js';
import { labelAt } from '../text/labels.js';
import { alternation, capitalise, labelKey, opensLikeTwo, trimEndOf, trimStartOf } from '../text/patterns.js';
import { looksLikeName } from '../split/titles.js';
import { saysAdjusted, SENTENCE_LINES } from '../text/adjusted-sentence.js';
import { continuesESigned, E_SIGNED_OPENING } from './e-signed.js';
import { isGivenName, signerNames, splitPersons, withoutEdgeLabels } from '../text/persons.js';
import type { Range } from './items.js';
import { MAX_LENGTH, MAY_COUNT, counterIn } from '../normalise/page-keys.js';
import { ANY_LETTER, LOWER_LETTER, OPENS_LOWER, UPPER_LETTER } from '../text/letters.js';
import { FRONT_PAGE_LABELS } from '../lexicon/frontpage.js';
import { isDashedList, isLoneNumber, RANGE_LIST } from '../text/range-list.js';
import { labelsThenNames } from './labels-then-names.js';

export type SignatureRole = 'chair' | 'secretary' | 'adjusters';

const LABEL_ROLE = new Map<string, SignatureRole>(SIGNATURE_LABELS.flatMap((s) => s.words.map((w): [string, SignatureRole] => [w, s.role])));
const LABEL_START = new RegExp(`^(${alternation(SIGNATURE_LABELS.flatMap((s) => s.words))})(?![${ANY_LETTER}])(.*)$`, 'iu');
const BLOCK_HEADINGS = new Set<string>(SIGNATURE_BLOCK_HEADINGS);
// the heading of the anslag/bevis block: it ends the last item as surely as a signature
const POSTING_HEADINGS = new Set<string>(POSTING_BLOCK_HEADINGS);
// (an e-signing heading's first two letters, asked before its pattern)
const mayOpenESigned = opensLikeTwo(E_SIGNED_HEADINGS);
const POSTING_HEADING_RUN_ON = new RegExp(`^(?:${alternation(POSTING_BLOCK_HEADINGS.map((h) => h.toUpperCase()))}) (?=[${UPPER_LETTER}])`, 'u');
// (`Sista dag för överklagande 2025-03-06` stands among them)
const POSTING_HINT = new RegExp(`${alternation([...Object.values(POSTING).flat(), 'anslag', 'justering', 'protokollet är justerat', 'överklagande'])}`, 'iu');
// every opening line starts with one of these words: a cheap test before the real ones
const OPENING_WORDS = [...SIGNATURE_LABELS.flatMap((s) => s.words), ...SIGNATURE_BLOCK_HEADINGS, ...POSTING_BLOCK_HEADINGS, ...E_SIGNED_HEADINGS];
const MAY_OPEN = new RegExp(`^(?:${alternation(OPENING_WORDS)})`, 'iu');
// (a line whose first two characters are plain and open none of the words is passed by before the pattern: by its
// first character alone two lines in three passed, `s`, `p`, `a` and `b` opening sentences as often as labels)
const mayOpenWord = opensLikeTwo(OPENING_WORDS);
// (and a plain-`i` pattern of the words' letters, anchored too, before the Unicode one: it reads a line's start in a
// fraction of the time, and most lines that pass the first two characters fail it)
const MAY_OPEN_HINT = new RegExp(`^(?:${hintOf(OPENING_WORDS).source})`, 'i');
const mayOpenLine = (text: string): boolean => mayOpenWord(text) && MAY_OPEN_HINT.test(text) && MAY_OPEN.test(text);
// labels no sentence starts with: they open a block even inside an item body
const SURE_LABELS = new Set<string>(SURE_SIGNATURE_LABELS);
// how far a block reaches past its last signature line
const REACH = 4;
const LOWER_START = OPENS_LOWER;
/** The line goes on the one above it: that one ends on a comma, and it opens in lower case. */
const wrapsAfterComma = (above: Line, line: Line): boolean => above.flat.endsWith(',') && LOWER_START.test(line.flat);

/** The role of a label as written (`Justeras` → adjusters, `Kommunsekreterare` → secretary), or null. */
export function roleOfLabel(text: string): SignatureRole | null {
  const key = labelKey(text);
  const exact = LABEL_ROLE.get(key);
  if (exact) return exact;
  // a title that ends in a label's word: `kommunsekreterare`, `nämndsekreterare`, `förbundsordförande`
  // (the word's end asked first: most columns end otherwise, and the pattern backtracks over every letter)
  if (key.endsWith('sekreterare') && /^\p{L}{3,}sekreterare$/u.test(key)) return 'secretary';
  if (key.endsWith('ordförande') && /^\p{L}{3,}ordförande$/u.test(key) && !/vice/u.test(key)) return 'chair';
  return null;
}

// columns that may stand beside the labels: `Underskrifter   Sekreterare   ……   Paragrafer 1-6`
const BESIDE_LABELS = /^(?:underskrifter|underskrift|signaturer|(?:paragrafer|paragraf|§§)[\s:§]*\d{1,4}[\s§–-]*\d{1,4})$/iu;

/** The roles of a line of signature labels, in column order; empty when the line is something else. */
export function labelRow(line: Line): SignatureRole[] {
  const cols = columns(line.text);
  const roles: SignatureRole[] = [];
  for (const c of cols) {
    const role = roleOfLabel(c);
    if (role) roles.push(role);
    else if (c.includes(' ') && labelsRunTogether(c, roles)) continue;
    else if (!BESIDE_LABELS.test(c)) return [];
  }
  return roles;
}

/** `Sekreterare Ordförande Justerare`: labels with one space between (a row flattened); their roles are pushed. */
function labelsRunTogether(text: string, roles: SignatureRole[]): boolean {
  const found: SignatureRole[] = [];
  let rest = text;
  for (let m = LABEL_START.exec(rest); m; m = LABEL_START.exec(rest)) {
    const role = roleOfLabel(m[1]!);
    if (!role) return false;
    found.push(role);
    rest = m[2]!.trimStart();
    if (rest === '') break;
  }
  if (rest !== '' || found.length < 2) return false;
  roles.push(...found);
  return true;
}

/** A line of one or more signature labels and nothing else. */
export const isLabelRow = (line: Line): boolean => labelRow(line).length > 0;

// `Anna Berg (S)`: the party after a signer's name is no part of it
const PARTY_AT_END = /\([^()]{1,12}\)$/u;

/**
 * `Label Name` on one line: the label and the names it introduces (`Justerare: Anna Ek och Bo Berg`),
 * each with its role: the label's, or the one written after the name (`Justeras: Anna Ek, ordförande, och Bo Berg`).
 */
export function labelWithName(line: Line): { role: SignatureRole; names: string[]; roles: SignatureRole[] } | null {
  // (most lines hold one label at most: the colon counted before the row is cut)
  const flat = underHeading(line.flat);
  // (a roll of labelled seats is no signers' line: `Ordförande Anna Berg (S) 1:e vice ordförande - (M) …`)
  if (opensSeatRoll(flat)) return null;
  return labelsFirst(flat) ?? (flat.indexOf(':') !== flat.lastIndexOf(':') ? colonLabelsRow(flat) : null) ?? labelsRunOnRow(flat) ?? labelWithNameIn(flat);
}

/** A label's role by its one word as written (`Ordförande`, `justerande..`), or null. */
const roleOfWord = (word: string): SignatureRole | null => LABEL_ROLE.get(word.toLowerCase()) ?? null;
/** `Ordförande Sekreterare Anna Ek Per Ås`: labels first, then their names in order (asked only where two labels open the line). */
export function labelsFirst(text: string): { role: SignatureRole; names: string[]; roles: SignatureRole[] } | null {
  // (`Underskrifter Ordförande Sekreterare …`: the block's heading before the labels is none of them)
  const flat = underHeading(text);
  const space = flat.indexOf(' ');
  const second = space > 0 ? flat.indexOf(' ', space + 1) : -1;
  if (second < 0 || roleOfWord(trimEndOf(flat.slice(0, space), ':.…_')) === null || roleOfWord(trimEndOf(flat.slice(space + 1, second), ':.…_')) === null) return null;
  return labelsThenNames(flat, roleOfWord);
}

// `Underskrifter Sekreterare …`: the block's heading with the first row's label run on after it
const HEADING_THEN_LABEL = new RegExp(`^(?:${alternation(SIGNATURE_BLOCK_HEADINGS)})\\s+(?=(?:${alternation(SIGNATURE_LABELS.flatMap((s) => s.words))})(?![${ANY_LETTER}]))`, 'iu');
/** The line without a block heading that a signer's label follows (`Underskrifter Sekreterare Eva Ek` → `Sekreterare Eva Ek`). */
function underHeading(flat: string): string {
  // (the line's first word asked first: few lines open with a heading's)
  const space = flat.indexOf(' ');
  const m = space > 0 && HEADING_WORDS.has(flat.slice(0, space).toLowerCase()) ? HEADING_THEN_LABEL.exec(flat) : null;
  return m ? flat.slice(m[0].length) : flat;
}
const HEADING_WORDS = new Set<string>(SIGNATURE_BLOCK_HEADINGS.map((h) => h.split(' ')[0]!));

// the paragraphs a signer signs between the label and the name (`Sekreterare 35-39, 42 Eva Ek`, `Sekreterare Paragrafer 1-9 Eva Ek`)
const PARAGRAPH_WORDS = FRONT_PAGE_LABELS.filter((l) => l.field === 'paragraphs').flatMap((l) => l.words).flatMap((w) => [w, capitalise(w)]);
const RANGE_BEFORE_NAME = new RegExp(`^(?:(?:${alternation(PARAGRAPH_WORDS)}):?\\s+)?(${RANGE_LIST})\\s+(?=[${UPPER_LETTER}])`, 'u');
const RANGE_FIRST = new Set<string>(['§', ...'0123456789', ...PARAGRAPH_WORDS.map((w) => w.charAt(0))]);
/** The rest after a signer's label without the range before its name. */
export function withoutRange(rest: string): string {
  const m = rest.length > 0 && RANGE_FIRST.has(rest.charAt(0)) ? RANGE_BEFORE_NAME.exec(rest) : null;
  return m && (isDashedList(m[1]!) || isLoneNumber(m[1]!)) ? rest.slice(m[0].length) : rest;
}

// a label's word written mid-line as a label is: capitalised (`Justeras`, `Ordförande`), or `Vid protokollet`
const CAPITALISED_LABEL = new RegExp(`^[${UPPER_LETTER}]`, 'u');
/**
 * `Vid protokollet Bo Lind Justeras Anna Ek Per Ås`: the signers' block flattened onto one line, each capitalised label
 * before its names and no colon or gap between them. Each label's names with its role, where every label reads so.
 */
function labelsRunOnRow(flat: string): { role: SignatureRole; names: string[]; roles: SignatureRole[] } | null {
  // (only a line that opens with a label, as every row does: most lines with a signer's word mid-line are sentences)
  if (!LABEL_START.test(flat)) return null;
  const words = flat.split(' ');
  const starts: number[] = [0];
  let at = 0;
  for (let k = 0; k < words.length; at += words[k]!.length + 1, k++) {
    if (k < 2 || !CAPITALISED_LABEL.test(words[k]!)) continue;
    // (`Vid protokollet` is two words; any other label, one)
    const two = k + 1 < words.length && LABEL_ROLE.get(`${words[k]!} ${words[k + 1]!}`.toLowerCase()) !== undefined;
    // (`Ordförande, Anna Ek`: a label with its comma before the name, as `Sekreterare, Per Ås` opened the line)
    if (two || LABEL_ROLE.has(words[k]!.toLowerCase()) || (words[k]!.endsWith(',') && LABEL_ROLE.has(words[k]!.slice(0, -1).toLowerCase()))) starts.push(at);
  }
  if (starts.length < 2) return null;
  const names: string[] = [];
  const roles: SignatureRole[] = [];
  for (const [k, from] of starts.entries()) {
    const one = labelWithNameIn(flat.slice(from, starts[k + 1] ?? flat.length).trim());
    if (!one) return null;
    names.push(...one.names);
    roles.push(...one.roles);
  }
  return { role: roles[0]!, names, roles };
}

// `Ordförande: Anna Ek   Sekreterare: Gun Berg   Justerare: Bo Lind`: signers' labels with a colon, each before its names
// (and a label's definite form, as a colon's row writes it: `Sekreterare: Eva Ek   Ordföranden: Anna Holm`)
const COLON_LABEL = new RegExp(`(?<=^|\\s)(?:${alternation(SIGNATURE_LABELS.flatMap((s) => s.words))})n?:\\s`, 'giu');
// `Ordföranden:` → `Ordförande:`, the label's own word, which the label's reading knows
const DEFINITE_BEFORE_COLON = /^((?:ordförande|sekreterare|justerare|protokollförare))n(?=:)/iu;
/** A row of such labels, each with its names: their names in order, each with its label's role. */
function colonLabelsRow(flat: string): { role: SignatureRole; names: string[]; roles: SignatureRole[] } | null {
  const starts = [...flat.matchAll(COLON_LABEL)].map((m) => m.index);
  if (starts.length < 2 || starts[0] !== 0) return null;
  const names: string[] = [];
  const roles: SignatureRole[] = [];
  for (const [k, at] of starts.entries()) {
    const one = labelWithNameIn(flat.slice(at, starts[k + 1] ?? flat.length).trim().replace(DEFINITE_BEFORE_COLON, '$1'));
    if (!one) return null;
    names.push(...one.names);
    roles.push(...one.roles);
  }
  return { role: roles[0]!, names, roles };
}

function labelWithNameIn(flat: string): { role: SignatureRole; names: string[]; roles: SignatureRole[] } | null {
  const m = LABEL_START.exec(flat);
  const rest = m ? withoutRange(trimStartOf(m[2]!, ':.')) : '';
  if (!m || rest === '') return null;
  // every reading below keeps the rest's first word as its first name's, where that word is in lower case (only
  // capitalised label words are cut off a name's ends): a rest that opens with a word in lower case that is no given
  // name names nobody (`Ordförande förklarade mötet öppnat.`, the sentences that open with a signer's word)
  const lead = LOWER_WORD.exec(rest);
  if (lead && !(lead[0].length > 5 && isGivenName(lead[0]))) return null;
  const role = roleOfLabel(m[1]!);
  if (!role) return null;
  // (`Ordförande Anna Ek, sekreterare Gun Berg, justerare Bo Lind`: one signer's label first, each next role before its name)
  const before = role !== 'adjusters' && rest.includes(',') ? rolesBeforeNames(rest, role) : null;
  if (before) return before;
  const names: string[] = [];
  const roles: SignatureRole[] = [];
  // (each part's names asked as they are found, and the parts after one that names nobody left unread: most lines that
  // open with a signer's word are sentences, `Ordförande Eva Ek (M) finner att …`, whose first part is no name)
  for (const piece of rest.split(/ och |;/u)) {
    for (const atRole of atRoles(piece)) {
      for (const part of afterBracketedRole(atRole)) {
        // (by a loop, not `map()`: the arrays the built-in and the inlined `map` make are of different elements kinds, and
        // reading the other kind threw this function's optimised code away)
        const found: string[] = [];
        for (const n of namesOfPart(part)) found.push(withoutEdgeLabels(n).replace(PARTY_AT_END, '').trimEnd());
        for (const n of found) if (!looksLikeName(n)) return null;
        const own = found.length === 1 ? (roleAfterName(part) ?? roleInBracket(part)) : null;
        for (const n of found) {
          names.push(n);
          roles.push(own ?? role);
        }
      }
    }
  }
  return { role, names, roles };
}

// a word in lower case, all letters, that a space or the end closes
const LOWER_WORD = new RegExp(`^[${LOWER_LETTER}]+(?= |$)`, 'u');
// `, sekreterare Gun Berg`: a role in lower case, then its signer's name
const ROLE_BEFORE_NAME = new RegExp(`^([${LOWER_LETTER}]+)\\s+([${UPPER_LETTER}].*)$`, 'u');
/**
 * `Anna Ek, sekreterare Gun Berg, justerare Bo Lind` after the first signer's label: each role written
 * before its name, the first the label's. Null unless every part after the first is a role and a name.
 */
function rolesBeforeNames(rest: string, first: SignatureRole): { role: SignatureRole; names: string[]; roles: SignatureRole[] } | null {
  const parts = trimEndOf(rest.trim(), '.').split(',').map((p) => p.trim());
  if (parts.length < 2 || !looksLikeName(parts[0]!)) return null;
  const names = [parts[0]!.replace(PARTY_AT_END, '').trimEnd()];
  const roles: SignatureRole[] = [first];
  for (const part of parts.slice(1)) {
    const m = ROLE_BEFORE_NAME.exec(part);
    const role = m ? roleOfLabel(m[1]!) : null;
    if (!m || !role || !looksLikeName(m[2]!)) return null;
    names.push(m[2]!.replace(PARTY_AT_END, '').trimEnd());
    roles.push(role);
  }
  return { role: first, names, roles };
}

// a role after a name's comma and the next name run on after it: `Berit Holm, ordförande Stig Lund`
const ROLE_THEN_NAME = new RegExp(`,\\s*([${LOWER_LETTER}]+)\\s+(?=[${UPPER_LETTER}])`, 'gu');
/** `Berit Holm, ordförande Stig Lund` → `Berit Holm, ordförande` and `Stig Lund`: each name with the role written after it. */
function atRoles(part: string): string[] {
  if (!part.includes(',')) return [part];
  const out: string[] = [];
  let from = 0;
  for (const m of part.matchAll(ROLE_THEN_NAME)) {
    if (!roleOfLabel(m[1]!)) continue;
    const end = m.index + m[0].trimEnd().length;
    out.push(part.slice(from, end));
    from = end;
  }
  return from === 0 ? [part] : [...out, part.slice(from)];
}

/** `Anna Ek (ordförande) Per Ås` → `Anna Ek (ordförande)` and `Per Ås`: a role's bracket ends its signer. */
function afterBracketedRole(part: string): string[] {
  let close = part.indexOf(') ');
  if (close < 0) return [part];
  const out: string[] = [];
  let from = 0;
  for (; close >= 0; close = part.indexOf(') ', close + 2)) {
    const open = part.lastIndexOf('(', close);
    if (open < from || !roleInBracket(part.slice(open, close + 1))) continue;
    out.push(part.slice(from, close + 1));
    from = close + 2;
  }
  return from === 0 ? [part] : [...out, part.slice(from)];
}

// `Anna Ek (ordförande)`, `Anna Ek (ordf.)`: a role in a bracket closing the part
const BRACKET_AT_END = /\(([^()]{2,20})\)$/u;
/** The role in a bracket after a name (`Anna Ek (ordförande)`), or null (a party's letters are none). */
function roleInBracket(part: string): SignatureRole | null {
  const m = part.endsWith(')') ? BRACKET_AT_END.exec(part) : null;
  return m ? roleOfLabel(trimEndOf(m[1]!.trim(), '.')) : null;
}

/** The role after a name's comma (`Anna Ek, ordförande,`), or null. */
function roleAfterName(part: string): SignatureRole | null {
  const comma = part.lastIndexOf(',', part.trimEnd().endsWith(',') ? part.trimEnd().length - 2 : part.length);
  return comma > 0 ? roleOfLabel(trimEndOf(part.slice(comma + 1).trim(), ',.')) : null;
}

/**
 * The names in one part of a signer's line: `Ulla Falk, Arbetsförmedlingen` is one name and
 * its organisation, `Anders Holm, Karin Ström` two names; `Anders Holm Karin Ström` two run together.
 */
function namesOfPart(part: string): string[] {
  if (!part.includes(',')) return runTogether(part.trim());
  // (by loops, not `map().filter()` and `flatMap()`: see labelWithNameIn)
  const pieces: string[] = [];
  for (const p of part.split(',')) {
    const t = p.trim();
    if (t !== '') pieces.push(t);
  }
  if (pieces.length < 2) return runTogether(pieces[0] ?? '');
  for (const p of pieces) if (!isPersonName(p)) return runTogether(pieces[0]!);
  const out: string[] = [];
  for (const p of pieces) for (const n of runTogether(p)) out.push(n);
  return out;
}

// two names run together are four words at least
const FOUR_WORDS = /^\S+ \S+ \S+ \S/u;
/** `Anders Holm Karin Ström` → the two names; any other text as it is. */
export function runTogether(text: string): string[] {
  if (!FOUR_WORDS.test(text)) return [text];
  const run = splitPersons(text);
  // (a name after the first may open with a given name the lexicon lacks: `Anna Berg Gunder Lind`; or the first, where
  // every name after it opens with one it knows: `Maidie Berg Robert Lind`)
  return run.length > 1 && run.every(isSignerName) && (isPersonName(run[0]!) || run.slice(1).every(isPersonName)) ? run : [text];
}

/** Two to four capitalised words, the first a given name, none a signer's label (`Anders Holm`, not `Försäkringskassan Sekreterare`). */
const isPersonName = (text: string): boolean => {
  const words = text.split(' ');
  return words.length >= 2 && words.length <= 4 && isGivenName(words[0]!) && !words.some((w) => LABEL_ROLE.has(w.toLowerCase())) && looksLikeName(text);
};

/** Two to four capitalised words, none a signer's label. */
const isSignerName = (text: string): boolean => {
  const words = text.split(' ');
  return words.length >= 2 && words.length <= 4 && !words.some((w) => LABEL_ROLE.has(w.toLowerCase())) && looksLikeName(text);
};

/**
 * Signers written with their role after the name, under their signature lines
 * (`Olle Sand, ordförande`, `Maja Ek, justerare   Rut Berg, sekreterare`): each column's
 * name and role, else null.
 */
export function namesWithRoles(line: Line): { name: string; role: SignatureRole }[] | null {
  // `Anna Ek (ordförande)`: the role in a bracket after the name, one signer a column
  // (`Anna Ek (ordförande)     Bo Lind (justerare)`)
  // (or the whole line one signer, a gap before the bracket: `Anna Ek     (ordförande)`)
  // (the pattern ends in its bracket, and the line's last column, the line's end: a line that ends otherwise is passed by)
  // (by a loop, not `map()`, `some()` and `every()`: the arrays the built-in and the inlined `map` make are of different
  // elements kinds, and `some` meeting the other kind threw this function's optimised code away)
  let bracketed: RegExpExecArray[] | null = null;
  if (line.text.includes('(') && line.flat.endsWith(')')) {
    bracketed = [];
    for (const c of columns(line.text)) {
      const m = ROLE_IN_BRACKET.exec(c);
      if (m === null) {
        const whole = ROLE_IN_BRACKET.exec(line.flat);
        bracketed = whole === null ? null : [whole];
        break;
      }
      bracketed.push(m);
    }
  }
  if (bracketed !== null && bracketed.length > 0) {
    const out: { name: string; role: SignatureRole }[] = [];
    for (const m of bracketed) {
      const role = roleOfLabel(m[2]!);
      if (!role || !looksLikeName(m[1]!)) return null;
      out.push({ name: m[1]!, role });
    }
    return out;
  }
  if (!line.text.includes(',')) return null;
  // (every column's last signer ends on a comma and a role, the line's last among them: a line that ends otherwise,
  // most lines with a comma, is passed by before its columns are cut into persons)
  if (!roleOfLabel(line.text.slice(line.text.lastIndexOf(',') + 1).trim())) return null;
  const out: { name: string; role: SignatureRole }[] = [];
  // (a column may hold two signers run together: `Anna Ek, ordförande Per Lind, justerare`)
  for (const col of columns(line.text).flatMap(splitPersons)) {
    const comma = col.lastIndexOf(',');
    const name = col.slice(0, comma).trim();
    const role = comma > 0 ? roleOfLabel(col.slice(comma + 1).trim()) : null;
    if (!role || !looksLikeName(name)) return null;
    out.push({ name, role });
  }
  return out.length > 0 ? out : null;
}
const ROLE_IN_BRACKET = new RegExp(`^([^()]{3,60}?)\\s*\\(([${ANY_LETTER}]{4,20})\\)$`, 'u');

/** A line of names in columns, each perhaps followed by `, Organisation`. */
export const isNameRow = (line: Line): boolean => {
  const cols = columns(line.text);
  return cols.length > 0 && cols.every((c) => looksLikeName(c.split(',')[0]!) && !hasLabelWord(c));
};

/** `Sekreterare Paragrafer`, `Justerande Sammanträde`: a signer's label among the words, a grid's labels flattened with no names in it. */
const hasLabelWord = (text: string): boolean => text.split(' ').some((w) => LABEL_ROLE.has(w.toLowerCase()));

// `Underskrifter   Henrik Holm   Lars Vik`: the block's heading in the first column of its first row of names
const SIGNATURES_HEADING = /^(?:underskrifter|underskrift|signaturer)$/iu;
/** The names of a row written over a row of their labels (without a heading that opens the row), or null. */
export function namesOverLabels(line: Line, below: Line): string[] | null {
  // (names stand over a row of labels or over none: most lines under a line have no label, and are passed by first)
  const labels = labelRow(below).length;
  if (labels === 0) return null;
  let cols = columns(line.text);
  if (cols.length > 1 && SIGNATURES_HEADING.test(cols[0]!)) cols = cols.slice(1);
  if (cols.length === 1 && cols[0]!.includes(' ')) {
    // `Underskrifter Mats Nyholm Peter Lind` over `ordförande sekreterare`: the row's names run together, one space apart
    // (role words in lower case stand under their names; capitalised labels, `Justeras Ordförande`, head the names under them)
    const space = cols[0]!.indexOf(' ');
    const heading = SIGNATURES_HEADING.test(cols[0]!.slice(0, space)) ? space + 1 : 0;
    const names = labels > 1 && LOWER_START.test(below.flat) ? signerNames(cols[0]!.slice(heading), labels) : null;
    if (names && names.every(looksLikeName)) return names;
  }
  if (cols.length === 0 || !cols.every((c) => looksLikeName(c.split(',')[0]!))) return null;
  // (`Sekreterare Paragrafer` over `Ordförande`: a grid's labels with no names in it, flattened, name nobody)
  if (cols.some(hasLabelWord)) return null;
  return labels === cols.length ? cols : null;
}

/** One text of `count` names run together (`Bo Lind Karin Alm (S) Olle Brink (M)`): the names, else null. */
export function namesRunTogether(line: Line, count: number): string[] | null {
  if (count < 2 || !line.flat.includes(' ')) return null;
  const names = signerNames(line.flat, count);
  return names && names.every(looksLikeName) ? names : null;
}

/** A line of two to four names run together, one space between them. */
// (two names of two words at least are four words: a shorter line is passed by before the names are read three times)
const isNamesRun = (line: Line): boolean => FOUR_WORDS.test(line.flat) && [2, 3, 4].some((n) => namesRunTogether(line, n) !== null);

// the role words a signer's line ends in (`Okke Sand, ordförande`): a plain test before the line is read as one
const MAY_NAME_ROLE = hintOf(['ordf', 'sekreterare', 'justera', 'protokollförare', 'antecknare']);
// a signer's line is short: a name, an organisation, a role
const SIGNER_LINE_LENGTH = 120;
/** `Okke Sand, ordförande` (`Lisa Dahl, justerare   Per Berg, sekreterare`, `Okke Sand (ordförande)`): signers with their role after the name. */
const isSignerWithRole = (line: Line): boolean =>
  line.flat.length <= SIGNER_LINE_LENGTH && (line.flat.includes(',') || line.flat.includes('(')) && MAY_NAME_ROLE.test(line.flat) && namesWithRoles(line) !== null;

/**
 * A signer's line with its role after the name (isSignerWithRole), or a row of names each with its role's label after it
 * (isNamesThenRoles): the role words' plain test, which both need, asked once (most short lines with a comma pass neither).
 */
function signsWithRole(line: Line): boolean {
  const flat = line.flat;
  if (flat.length > SIGNER_LINE_LENGTH) return false;
  // (a line with no comma or bracket can only be a row of names and their labels, which ends on a role's word after
  // five spaces at least: asked before the role words' pattern reads the whole line, as most lines of a body are neither)
  const listed = flat.includes(',') || flat.includes('(');
  if ((!listed && !endsOnRole(flat) && !endsOnOneRole(flat)) || !MAY_NAME_ROLE.test(flat)) return false;
  return (listed && namesWithRoles(line) !== null) || isNamesThenRoles(line) || isNameThenRole(flat);
}

// one signer's line, its name and its role's label: three words at least, six at most
const ONE_SIGNER_WORDS = 6;
// a name and its label are a short line
const ONE_SIGNER_LENGTH = 60;
/** Three to six words, the last a role's label: isNameThenRole's first test, without splitting the line. */
function endsOnOneRole(flat: string): boolean {
  if (flat.length > ONE_SIGNER_LENGTH) return false;
  const last = flat.lastIndexOf(' ');
  return last > 0 && flat.indexOf(' ') < last && roleOfLabel(flat.slice(last + 1)) !== null;
}

/**
 * `Per Ås Sekreterare`, `Anna Ek (S) Ordförande`: one signer's name with the role's label after it and no comma, a line of
 * its own (a grid of names over their labels, each row one signer). Read by the block's reader (names-then-labels).
 */
export function isNameThenRole(flat: string): boolean {
  const words = flat.split(' ');
  if (words.length < 3 || words.length > ONE_SIGNER_WORDS || roleOfLabel(words.at(-1)!) === null) return false;
  const name = words.slice(0, -1).join(' ').replace(PARTY_AT_END, '').trimEnd();
  return isSignerName(name);
}

/** Six words at least, the last a role's label: isNamesThenRoles's first test, without splitting the line. */
function endsOnRole(flat: string): boolean {
  for (let n = 0, k = -1; n < 5; n++) if ((k = flat.indexOf(' ', k + 1)) < 0) return false;
  return roleOfLabel(flat.slice(flat.lastIndexOf(' ') + 1)) !== null;
}

/**
 * `Tor Holm (S) Ordförande Anna Sol Sekreterare`: two signers at least, each name with its role's label after it, the
 * line ending on a label (a grid of names over their labels, flattened). Read by the block's reader (names-then-labels).
 */
function isNamesThenRoles(line: Line): boolean {
  const words = line.flat.split(' ');
  // (the line ends on a role's word: most lines end otherwise, and are passed by before their words are read)
  if (words.length < 6 || roleOfLabel(words.at(-1)!) === null) return false;
  let roles = 0;
  let name: string[] = [];
  for (const w of words) {
    if (roleOfLabel(w) === null) {
      name.push(w);
      continue;
    }
    const n = name.join(' ').replace(PARTY_AT_END, '').trimEnd();
    if (!isSignerName(n)) return false;
    roles++;
    name = [];
  }
  return roles >= 2;
}

/**
 * How a line opens a signature block: `sure` wherever it stands, `weak` only outside item bodies,
 * `last` only where nothing but posting lines follows it to the document's end (a signer's name and
 * role, which a list of participants writes so too).
 */
function opening(lines: readonly Line[], i: number, mayOpen: (k: number) => boolean, noTail: boolean): 'sure' | 'weak' | 'last' | null {
  const line = lines[i]!;
  if (isBlank(line)) return null;
  const opens = mayOpen(i);
  // names written above their labels: `Anna Ek    Bo Berg` over `Ordförande    Justerare`
  const below = lines[i + 1];
  // (not `Anna Ek (S),` over `ordförande`: an entry wrapped after its comma, see below)
  if (below && mayOpen(i + 1) && !wrapsAfterComma(line, below) && namesOverLabels(line, below) !== null) return 'sure';
  // minutes that end with their signers one a line, `Okke Sand, ordförande` / `Lisa Dahl, justerare`, with no label over them
  // (or with the sentence that says who adjusted them: `Protokollet har justerats digitalt av …`)
  // (where no posting lines alone can follow, `noTail`, a signer's name and role is not read: it could open no block)
  // (or one line of names each over its label, flattened: `Tor Holm (S) Ordförande Anna Sol Sekreterare`)
  if (!opens) return (!noTail && signsWithRole(line)) || saysAdjusted(lines, i) ? 'last' : null;
  // `Anna Ek (S),` / `ordförande`: a label's word in lower case on the line after an entry that ends on its comma is that entry's position
  if (i > 0 && wrapsAfterComma(lines[i - 1]!, line)) return null;
  // `Signerat elektroniskt av:`: no sentence of a § opens so
  if (mayOpenESigned(line.flat) && E_SIGNED_OPENING.test(line.flat)) return 'sure';
  const key = labelKey(line.text);
  if (POSTING_HEADINGS.has(key)) return 'sure';
  // `ANSLAG/BEVIS Protokollet är justerat …`: the heading in capitals, the block run on after it (a page flattened)
  // (its heading in capitals: a line whose second letter is a plain small one is passed by)
  if ((line.flat.charCodeAt(1) - 97) >>> 0 > 25 && POSTING_HEADING_RUN_ON.test(line.flat)) return 'sure';
  if (BLOCK_HEADINGS.has(key)) return line.heading > 0 || ruleNear(lines, i) ? 'sure' : 'weak';
  const roles = labelRow(line);
  // (labels run together on one line over a line of names are no sentence either: `Sekreterare Ordförande Justerare`)
  const runTogether = roles.length > 1 && columns(line.text).length === 1 && below !== undefined && (isNameRow(below) || isNamesRun(below));
  if (roles.length) return line.leader || ruleNear(lines, i) || runTogether || columns(line.text).some((c) => SURE_LABELS.has(labelKey(c))) ? 'sure' : 'weak';
  if (line.leader && LABEL_START.test(line.flat) && roleOfLabel(LABEL_START.exec(line.flat)![1]!)) return 'sure';
  return labelWithName(line) ? 'weak' : null;
}

/** Nothing but posting lines (`Justerat 2023-03-20`, `Anslaget under tiden …`) until `end`, or the anslag/bevis block. */
function onlyPostingAfter(lines: readonly Line[], from: number, end: number): boolean {
  for (let k = nextContent(lines, from, end); k >= 0; k = nextContent(lines, k + 1, end)) {
    // (the block under its heading is the posting's whatever its rows: `Organ: Styrelsen`, `Sammanträdesdatum …`)
    if (POSTING_HEADINGS.has(labelKey(lines[k]!.flat))) return true;
    if (!POSTING_HINT.test(lines[k]!.flat)) return false;
  }
  return true;
}

/** A page opens at the next content line from `from`: a page break before it, or the page's counter on it (`Norrby   PROTOKOLL   Sida 2 (2)`). */
function opensPage(lines: readonly Line[], from: number, end: number): boolean {
  const k = nextContent(lines, from, end);
  if (k < 0) return false;
  for (let j = from; j <= k; j++) if (lines[j]!.pageBreak || lines[j]!.pageStart) return true;
  const flat = lines[k]!.flat;
  return flat.length <= MAX_LENGTH && MAY_COUNT.test(flat) && counterIn(flat) !== null;
}

function ruleNear(lines: readonly Line[], i: number): boolean {
  for (let k = i + 1; k < Math.min(lines.length, i + REACH); k++) if (lines[k]!.rule || lines[k]!.leader) return true;
  return false;
}

const continuesBlock = (line: Line): boolean =>
  isBlank(line) || line.rule || isLabelRow(line) || isNameRow(line) || labelWithName(line) !== null || (line.leader && LABEL_START.test(line.flat)) || isNamesRun(line) || isSignerWithRole(line) || (endsOnOneRole(line.flat) && isNameThenRole(line.flat));

/** `Dag för justering` / `2023-05-15` right above a block: when it was signed, part of it. */
function adjustedAbove(lines: readonly Line[], i: number, start: number): number {
  for (let k = i - 1, seen = 0; k >= start && k >= i - 4 && seen < 2; k--) {
    if (isBlank(lines[k]!)) continue;
    seen++;
    if (labelAt(lines[k]!.flat)?.field === 'adjustedAt' || (mayOpenAdjusted(lines[k]!.flat) && ADJUSTED_ON.test(lines[k]!.flat))) return k;
    // the date under its label
    if (lines[k]!.flat.length !== DATE_LENGTH || !DATE_ONLY.test(lines[k]!.flat)) break;
  }
  return i;
}
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/u;
const DATE_LENGTH = 10;
// `Digitalt justerad 2025-03-19`, `Protokollet justerat digitalt den 19 mars 2025`: the day it was signed, said before the signers
// (its first two letters asked first: `digitalt` or one of the words)
const mayOpenAdjusted = opensLikeTwo(['digitalt', ...POSTING.adjusted]);
const ADJUSTED_ON = new RegExp(`^(?:digitalt\\s+)?(?:${alternation(POSTING.adjusted)})(?:\\s+digitalt)?[\\s:,]+(?:den\\s+)?\\d`, 'iu');

/**
 * Signature blocks between `start` and `end`. Inside `strictRanges` (item bodies) a block
 * needs a rule, a leader or a label no sentence starts with (`Vid protokollet`), or must
 * run to the end of the document: a line there may well be `Ordförande: Anna Ek` of an
 * election.
 */
export function findSignatureBlocks(lines: readonly Line[], start: number, end: number, strictRanges: readonly Range[] = []): Range[] {
  const blocks: Range[] = [];
  // the strict lines marked in one pass, when a weak opening first asks (most documents have none, and a typed array
  // costs more to make than their lines to read; testing every range for every weak opening is quadratic in a long file)
  // (the table covers the document's lines alone, `start` its first: not every line of a file that holds many)
  let strictLine: Uint8Array | null = null;
  const isStrict = (k: number): boolean => {
    if (strictLine === null) {
      strictLine = new Uint8Array(end - start);
      for (const r of strictRanges) {
        const from = Math.max(r.start, start);
        const to = Math.min(r.end, end);
        if (from < to) strictLine.fill(1, from - start, to - start);
      }
    }
    return strictLine[k - start] === 1;
  };
  // the last line of a block that failed for want of posting lines alone after it (read from its opening
  // with no sentence or e-signing before): a signer's line inside it would read on to that same line, and fail alike
  // (a list of people with their positions, `Anna Ek (S), ordförande`, is read once, not once from each of its lines)
  let failedLast = -1;
  // each line is asked as itself and, before that, as the line under the one above: the last answer is kept
  let askedAt = -1;
  let answer = false;
  const mayOpen = (k: number): boolean => {
    if (k !== askedAt) {
      askedAt = k;
      answer = mayOpenLine(lines[k]!.flat);
    }
    return answer;
  };
  // where the last item's body starts (none: no signer's line at a page's foot is read as the last)
  let lastBody = end;
  for (const r of strictRanges) lastBody = lastBody === end || r.start > lastBody ? r.start : lastBody;
  for (let i = start; i < end; i++) {
    const how = opening(lines, i, mayOpen, i <= failedLast);
    if (!how) continue;
    let last = i;
    let k = i + 1;
    // (the sentence's lines, wrapped, are the block's)
    const sentence = how === 'last' && saysAdjusted(lines, i);
    if (sentence) for (; k < Math.min(end, i + SENTENCE_LINES) && !isBlank(lines[k]!) && !/[.!]$/u.test(lines[k - 1]!.flat); k++) last = k;
    // (under an e-signing heading the signers' days and hours are the block's too)
    const eSigned = mayOpenESigned(lines[i]!.flat) && E_SIGNED_OPENING.test(lines[i]!.flat);
    for (; k < end; k++) {
      const line = lines[k]!;
      if (!continuesBlock(line) && !(eSigned && continuesESigned(line.flat))) break;
      if (!isBlank(line)) last = k;
      else if (k - last > REACH) break;
    }
    // (signers one a line at the foot of the last §'s page, the next page's head after them, end the minutes there too)
    const pageFoot = how === 'last' && i >= lastBody && opensPage(lines, last + 1, end);
    if (((how === 'weak' && isStrict(i)) || how === 'last') && !pageFoot && !onlyPostingAfter(lines, last + 1, end)) {
      if (!sentence && !eSigned) failedLast = Math.max(failedLast, last);
      continue;
    }
    blocks.push({ start: adjustedAbove(lines, i, start), end: last + 1 });
    i = last;
  }
  return blocks;
}
