// `Ordförande Anna Berg (S) 1:e vice ordförande - (M) 2:e vice ordförande Per Sund (C)`, `Ledamöter Ekby Ingrid Holm (S)
// Tord Ek (S) Norrvik Ove Lind (S) Åsby - Dalby Eva Borg (M)`: a roll printed as a table whose first column labels each
// seat, with the seat's position or the member's town, flattened onto one line. Each label stands before its name and the
// name's party bracket; a dash where the name would be is a seat nobody filled, whose label names nobody. A town's
// label holds for the names after it up to the next label; a position's only for its own name.
import { isGivenName } from '../../text/persons.js';
import { PARTIES, ROLE_HEADINGS } from '../../lexicon/sv.js';
import { kindOf, PLURAL_ROLE } from './words.js';
import { LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

const NAME_WORD = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}'’]+)*$`, 'u');
const BRACKET = new RegExp(`^\\(([${UPPER_LETTER}${LOWER_LETTER}]{1,4})\\)$`, 'u');
const PARTY = new Set<string>(PARTIES.map((p) => p.toUpperCase()));
const ALL_CAPITALS = new RegExp(`^[${UPPER_LETTER}]+$`, 'u');
const DASHES = new Set<string>(['-', '–']);
// (a name is two words to four)
const MAX_NAME = 4;
// (two seats labelled at least, and two people: a line that merely opens on a capitalised word is no such table)
const MIN_LABELS = 2;

const isParty = (word: string | undefined): boolean => {
  const m = word === undefined ? null : BRACKET.exec(word);
  return m !== null && (PARTY.has(m[1]!.toUpperCase()) || ALL_CAPITALS.test(m[1]!));
};

/** The end of a position's label that opens at i (`1:e vice ordförande`, `Ledamot`), or -1 (not a heading's plural: `Ledamöter`). */
function positionLabelEnd(words: readonly string[], i: number): number {
  let j = i;
  while (j < words.length && kindOf(words[j]!) === 'modifier') j++;
  return j < words.length && kindOf(words[j]!) === 'position' && !PLURAL_ROLE.test(words[j]!) ? j + 1 : -1;
}

// a heading's word is no town (`Ledamöter`, `Ersättare`, `Närvarande`)
const HEADING_WORDS = new Set<string>(ROLE_HEADINGS.flatMap((h) => h.words).filter((w) => !w.includes(' ')));
const isTown = (word: string | undefined): boolean =>
  word !== undefined && NAME_WORD.test(word) && kindOf(word) === 'cap' && !isGivenName(word) && !HEADING_WORDS.has(word.toLowerCase());
/**
 * A town's label at i: a capitalised word that is no given name, a given name or a dash after it (not another capitalised
 * word: `Ekby Safia Ek (S)` may be a seat nobody filled or a given name the lexicon lacks, which no reading tells apart).
 */
const townLabelAt = (words: readonly string[], i: number): boolean => isTown(words[i]) && (DASHES.has(words[i + 1] ?? '') || isGivenName(words[i + 1] ?? ''));

// (an unread tail after this many people is the next list's, run on: `… Jeanette Ek (M) Tjänstgörande Ekby Olle Sand (S)`)
const MIN_BEFORE_TAIL = 3;

/**
 * Each person of a labelled roll run on into one line, as `Name (P), label`, and the tail the roll does not read (a
 * heading and the next list, run on after three people at least); null for any other line.
 */
export function labelsBeforeNames(text: string): { entries: string[]; rest: string } | null {
  const words = text.split(' ').filter((w) => w !== '');
  const entries: string[] = [];
  let town: string | null = null;
  let labels = 0;
  let i = 0;
  while (i < words.length) {
    let position: string | null = null;
    const at = i;
    const end = positionLabelEnd(words, i);
    if (end > i) {
      position = words.slice(i, end).join(' ');
      town = null;
      i = end;
      labels++;
    } else if (townLabelAt(words, i)) {
      town = words[i]!;
      i++;
      labels++;
    } else if (i === 0) return null;
    // a seat nobody filled: the dash, and the party's bracket the seat belongs to
    if (DASHES.has(words[i] ?? '')) {
      i++;
      if (isParty(words[i])) i++;
      continue;
    }
    const from = i;
    while (i < words.length && i - from < MAX_NAME && NAME_WORD.test(words[i]!) && positionLabelEnd(words, i) < 0) i++;
    // (the party's bracket after the name; under a position's label it may be left out: the next label or the end closes it)
    const party = isParty(words[i]);
    const closed = party || (position !== null && (i === words.length || positionLabelEnd(words, i) > i));
    if (i - from < 2 || !isGivenName(words[from]!) || !closed) {
      // (the tail opens where no label was read: a label read commits the reading to its name)
      return from === at && labels >= MIN_LABELS && entries.length >= MIN_BEFORE_TAIL ? { entries, rest: words.slice(at).join(' ') } : null;
    }
    const label = position ?? town;
    if (party) i++;
    entries.push(`${words.slice(from, i).join(' ')}${label === null ? '' : `, ${label}`}`);
  }
  return labels >= MIN_LABELS && entries.length >= 2 ? { entries, rest: '' } : null;
}
