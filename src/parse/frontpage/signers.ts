// Who signs, as the front page's labels say: `Sekreterare`, `Ordförande`, `Justerande`,
// `Utses att justera`, `Protokolljusterare`, wherever the extractor put their names
// (beside the label, under it, in a block of values after a block of labels).
import type { FrontPage, FrontPageField } from '../../segment/frontpage/read.js';
import type { FrontField } from '../../lexicon/frontpage.js';
import { collapse } from '../../text/line.js';
import { trimEndOf, trimStartOf } from '../../text/patterns.js';
import { runTogether } from '../../segment/signatures.js';
import { OPENING_POINTS, ORGANISATION_SUFFIXES } from '../../lexicon/sv.js';
import { looksLikeName } from '../../split/titles.js';
import { isGivenName, surnameFirst, withoutEdgeLabels } from '../../text/persons.js';
import { alternation } from '../../text/patterns.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

export interface FrontSigners {
  chair: string[];
  secretary: string[];
  adjusters: string[];
}

const ROLE: Partial<Record<FrontField, keyof FrontSigners>> = { chair: 'chair', secretary: 'secretary', adjusters: 'adjusters' };
const ORGANISATION = new RegExp(`(?:${alternation(ORGANISATION_SUFFIXES)})(?![${ANY_LETTER}])`, 'iu');
// `(C)` after a name in a signature
const PARTY_AFTER = /\([^()]{0,40}\)$/u;

// one capitalised word and nothing after it
const COLUMN_WORD = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]+$`, 'u');

/** The name alone: without `, ordförande` or a closing `(C)` (`Berg, Per (M)`, surname first: `Berg Per`). */
function nameAlone(part: string): string {
  const reversed = surnameFirst(part.trimStart());
  if (reversed) return reversed.name;
  // (`Eva Ek (C ) Bildningsförvaltningen`: one capitalised word a column beside the name ran on after its party's bracket is
  // no part of it; a sentence run on after it, `Eva Ek (C) gällande …`, leaves the part no name)
  const close = part.indexOf(') ');
  const cut = close > 0 && part.lastIndexOf('(', close) > 0 && COLUMN_WORD.test(part.slice(close + 2)) ? part.slice(0, close + 1) : part;
  // (`Bo Ek (oberoende, tidigare KD)`: the bracket closing the part goes first, its comma with it)
  const bare = cut.endsWith(')') ? cut.replace(PARTY_AFTER, '').trimEnd() : cut;
  const comma = bare.indexOf(',');
  const name = (comma >= 0 ? bare.slice(0, comma) : bare).trimEnd();
  return name.replace(PARTY_AFTER, '');
}

// a given name, hyphenated too (`Ann-Sofie`, `Lars-Erik`), and a surname after it
const NEXT_NAME = `[${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}]?[${LOWER_LETTER}]+)?\\s+[${UPPER_LETTER}]`;
// `och`, `;`, a column gap, a comma before the next name, the space after a party's bracket before the next name
const NAMES_APART = new RegExp(`(?<!\\s)\\s+och\\s+|;|(?<!\\s)\\s{2,}|,\\s*(?=${NEXT_NAME})|(?<=\\))\\s(?=${NEXT_NAME})`, 'u');

// the first words of the points a meeting opens with (`Upprop`, `Mötets öppnande`, `Val av justerare`)
const OPENING_WORDS = new Set<string>(OPENING_POINTS.map((p) => p.split(' ')[0]!));

/**
 * `Nils Ek Upprop och närvaro`: a signer's name run on into the meeting's first point, its heading without a
 * number; the name ends before the point (two words of the name are kept at least).
 */
function withoutOpeningPoint(part: string): string {
  const words = part.trim().split(' ');
  for (let k = 2; k < words.length; k++) {
    const w = words[k]!.toLowerCase();
    if (!OPENING_WORDS.has(w)) continue;
    const rest = words.slice(k).join(' ').toLowerCase();
    if (OPENING_POINTS.some((p) => rest === p || rest.startsWith(`${p} `))) return words.slice(0, k).join(' ');
  }
  return part;
}

// `Ulla Ek Paragrafer 1-2`: the declared range printed beside the signer's name (a grid's row flattened)
// (the value's spaces are single: it was collapsed)
const RANGE_AFTER = / [Pp]aragraf(?:er)?:? (?:§ ?)?\d.*$/u;

// `Stina Holm 39-48, Jan Berg 49`: the §§ each signer signed for (two chairs of one meeting, each for some §§), right after
// the name's surname (or its party's bracket) and before the next name or the end; a date or a day is none (`16.3.2023`,
// `2024-03-01`), nor the number of a place's address (`Torggatan 7, Åby`) or of a position's §§ (`ekonom, 525`)
const SIGNED_FOR = new RegExp(
  `(?<=[${LOWER_LETTER})]),?\\s+(?:§§?\\s?)?\\d{1,3}(?:\\s?[-–]\\s?\\d{1,3})?(?:,\\s?\\d{1,3}(?:\\s?[-–]\\s?\\d{1,3})?)*(?![\\d.:/-])(?:\\s*,)?(?=\\s*(?:$|[${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}]?[${LOWER_LETTER}]+)?\\s[${UPPER_LETTER}]))`,
  'gu',
);
const OPENS_CAPITAL = new RegExp(`^[${UPPER_LETTER}(]`, 'u');
/** The §§ at `at` follow a capitalised word (a surname) or a party's bracket: they part two names, else they stay. */
const partedAt = (value: string, match: string, at: number): string => (OPENS_CAPITAL.test(value.slice(value.lastIndexOf(' ', at - 1) + 1, at)) ? ';' : match);
const DIGIT = /\d/u;
const firstWord = (s: string): string => {
  const space = s.indexOf(' ');
  return space < 0 ? s : s.slice(0, space);
};

/** The names a value gives: `Patrik Köhler och Nedzad Talovic`, `Björn Ekvall (C)`, `Anna Ek, Bo Berg`, `Siw Lund (S) Per Hed (C)`. */
export function namesIn(value: string): string[] {
  // (the range's word asked first: most values hold none)
  // (loops, not flatMap, map and filter with callbacks: every signer's value is read so)
  const names: string[] = [];
  const bare = value.includes('aragraf') ? value.replace(RANGE_AFTER, '') : value;
  // (the §§ after each name part the names, as a list's separator would: asked of a value with a digit only, and one that
  // opens with a person's given name; not a run of numbered titles, `385 Detaljplaneändring Norrö 386 …`)
  const parted = DIGIT.test(bare) && isGivenName(firstWord(bare)) ? bare.replace(SIGNED_FOR, (m: string, at: number) => partedAt(bare, m, at)) : bare;
  for (const part of withoutDeputy(parted).split(NAMES_APART)) {
    // (after a leader the label left, `... Erik Malm Anna Holm`; two names run together are two)
    for (const run of runTogether(trimEndOf(trimStartOf(collapse(nameAlone(withoutOpeningPoint(withoutEdgeLabels(part)))), '.…_: '), '.,*'))) {
      const name = withoutEdgeLabels(run);
      if (looksLikeName(name) && !ORGANISATION.test(name)) names.push(name);
    }
  }
  return names;
}

/** `Sara Ek och Vera Dahl med Fatima Bo som ersättare`: the deputy adjuster signs only in their stead. */
function withoutDeputy(value: string): string {
  const as = value.indexOf(' som ersättare');
  const med = as > 0 ? value.lastIndexOf(' med ', as) : -1;
  return med > 0 ? value.slice(0, med) : value;
}

export function signersOf(front: FrontPage): FrontSigners {
  const out: FrontSigners = { chair: [], secretary: [], adjusters: [] };
  for (const f of front.fields) {
    const role = ROLE[f.field];
    if (!role) continue;
    for (const name of namesOf(f)) if (!out[role].includes(name)) out[role].push(name);
  }
  // (two names cannot hold a third run together: most fronts name one or two adjusters)
  if (out.adjusters.length >= 3) out.adjusters = withoutRunTogether(out.adjusters);
  return out;
}

/**
 * `Fredric Olsson Margareta Holm` beside `Fredric Olsson` and `Margareta Holm`: a signer's value that is two of the
 * names read apart run together (the reading could not part it: a given name the lexicon lacks) names nobody else.
 */
function withoutRunTogether(names: string[]): string[] {
  if (names.length < 3) return names;
  return names.filter((n) => !names.some((a) => a !== n && n.startsWith(`${a} `) && names.includes(n.slice(a.length + 1))));
}

function namesOf(f: FrontPageField): string[] {
  const names: string[] = [];
  for (const v of f.values) names.push(...namesIn(v.text));
  return names;
}
