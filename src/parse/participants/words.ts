// The kind of one word of a participant line: an organisation's (`kommun`, `Region`, `Försäkringskassan`),
// a position's (`ordförande`, `förbundschef`), a modifier (`vice`, `tf`), a capitalised name's word, or lower case.
import {
  ORGAN_NOUNS, ORGANISATION_HEADS, POSITION_ACRONYMS, ORGANISATION_PREFIXES, ORGANISATION_SUFFIXES, PARTIES, POSITION_ADJECTIVES, POSITION_MODIFIERS,
  POSITION_ORDINALS, POSITION_UNIT_PREPOSITIONS, POSITION_WORDS, SERVICE_MODIFIERS, SURNAME_LIKE_SUFFIXES,
} from '../../lexicon/sv.js';
import { TextMemo } from '../../text/memo.js';
import { alternation, trimEndOf } from '../../text/patterns.js';
import { isGivenName, mayBeCapital } from '../../text/persons.js';
import { ANY_LETTER, LOWER_LETTER, OPENS_LOWER, UPPER_LETTER } from '../../text/letters.js';

const ORG_SUFFIX = new RegExp(`(?:${alternation(ORGANISATION_SUFFIXES)})$`, 'iu');
const ORG_HEAD = new Set<string>(ORGANISATION_HEADS);
export const SURNAME_LIKE = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]+(?:${alternation(SURNAME_LIKE_SUFFIXES)})$`, 'u');
const ORG_PREFIX = new Set<string>(ORGANISATION_PREFIXES);
export const POSITION_END = new RegExp(`(?:${alternation(POSITION_WORDS)})$`, 'iu');
const POSITION_MOD = new Set<string>([...POSITION_MODIFIERS, ...SERVICE_MODIFIERS]);
const ORDINALS = new Set<string>(POSITION_ORDINALS);
const ACRONYM_POSITIONS = new Set<string>(POSITION_ACRONYMS);
const CAPITALISED = new RegExp(`^[${UPPER_LETTER}][${ANY_LETTER}'’*-]*[+]?$`, 'u');
export const PLURAL_ROLE = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]{3,}(?:arna|erna|orna)$`, 'u');
export const NAME_PARTICLES = new Set(['von', 'af', 'van', 'de', 'da', 'der', 'del']);
// a middle name's initial with its point, between two words of a name (`Karin B. Holm`)
export const INITIAL = new RegExp(`^[${UPPER_LETTER}]\\.$`, 'u');
// more capitalised words than this in a row are not one name
export const MAX_NAME_WORDS = 5;

export type WordKind = 'org' | 'orgHead' | 'orgPrefix' | 'position' | 'modifier' | 'cap' | 'lower' | 'other';

// the same words (kommun, Försäkringskassan, ordförande) come back on every line: type each once
const KINDS = new TextMemo<WordKind>(20_000, (word) => typeWord(word));

export function kindOf(word: string): WordKind {
  return KINDS.get(word);
}

function typeWord(word: string): WordKind {
  const w = trimEndOf(word, '*,;:');
  const lower = w.toLowerCase();
  // `I viceordförande`, `II viceordförande` (Swedish-language Finnish minutes)
  if (ORDINALS.has(w)) return 'modifier';
  // `MAS`: a position's acronym, the whole word in capitals
  if (ACRONYM_POSITIONS.has(w)) return 'position';
  if (POSITION_MOD.has(lower)) return 'modifier';
  if (ORG_HEAD.has(lower) && CAPITALISED.test(w)) return 'orgHead';
  if (ORG_PREFIX.has(lower) && CAPITALISED.test(w)) return 'orgPrefix';
  if (ORG_SUFFIX.test(lower) && lower.length > 3) return 'org';
  if (POSITION_END.test(lower)) return 'position';
  // `Utvärderarna Siv Brink och Leif Rask`, `Revisorerna …`: a role in the definite plural, capitalised before the names it introduces
  if (PLURAL_ROLE.test(w)) return 'position';
  if (CAPITALISED.test(w)) return 'cap';
  if (OPENS_LOWER.test(w)) return 'lower';
  return 'other';
}

export const isPositionWord = (word: string): boolean => kindOf(word) === 'position';

const ACRONYM = new RegExp(`^[${UPPER_LETTER}]{2,5}$`, 'u');
const PARTY_LETTERS = new Set<string>(PARTIES.map((p) => p.toUpperCase()));
/** Two to five capitals that are no party's letters and no given name written in capitals. */
// (its length and its last character asked before the pattern: most words end in a small letter)
export const isAcronym = (word: string): boolean => word.length >= 2 && word.length <= 5 && mayBeCapital(word.charCodeAt(word.length - 1)) && ACRONYM.test(word) && !PARTY_LETTERS.has(word) && !isGivenName(word);

// the endings of adjectives that qualify a position (`teknisk`, `administrativ`, `medicinskt`, `regional`, and
// in the plural or definite: `politiska sekreterare`, `administrativa`)
export const ADJECTIVE = new RegExp(`^[${LOWER_LETTER}]+(?:sk|skt|ska|iv|ivt|iva|ell|ellt|ella|al|alt|ala)$`, 'u');
// an organ's noun in the genitive, the word before a position (`kommunstyrelsens`, `nämndens`, `fullmäktiges`, `utskottets`)
export const ORGAN_GENITIVE = new RegExp(`^[${LOWER_LETTER}]*(?:${alternation(ORGAN_NOUNS)})(?:ens|ets|ns|s)$`, 'u');
export const POSITION_ADJECTIVE = new Set<string>(POSITION_ADJECTIVES);
export const POSITION_UNIT_PREPOSITION = new Set<string>(POSITION_UNIT_PREPOSITIONS);

// `Ordförande`, `Vice ordförande`, `Förbundschef` as a table's cell writes them: a position is a common noun, in lower case
// (not `HR-chef`, `IT-strateg`: capitals inside the word are an abbreviation's)
// (`Teknisk chef`, `Ekonomisk rådgivare`: an adjective before the position word, capitalised as the entry's first word)
// (`ORDFÖRANDE`, `VICE ORDFÖRANDE`: a position in capitals, as some tables print their cells, is a common noun too)
const CAPITALISED_WORD = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]+(?=\\s|$)`, 'u');
const UPPER_CASE = new RegExp(`^[${UPPER_LETTER} .:-]+$`, 'u');
export function positionCase(position: string): string {
  const first = CAPITALISED_WORD.exec(position)?.[0];
  // (the second character one the pattern takes, a capital or ` .:-`, before it: most positions are in lower case there)
  if (first === undefined) return position.length > 3 && (mayBeCapital(position.charCodeAt(1)) || ' .:-'.includes(position.charAt(1))) && UPPER_CASE.test(position) && isPositionWord(position.slice(position.lastIndexOf(' ') + 1).toLowerCase()) ? position.toLowerCase() : position;
  const lower = first.toLowerCase();
  const kind = kindOf(lower);
  const adjective = kind === 'lower' && first.length < position.length && ADJECTIVE.test(lower) && isPositionWord(position.slice(first.length + 1).split(' ')[0]!);
  return kind === 'position' || kind === 'modifier' || adjective || PLURAL_ROLE.test(first) ? position.charAt(0).toLowerCase() + position.slice(1) : position;
}
