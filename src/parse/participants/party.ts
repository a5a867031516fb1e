// A participant's party, wherever the line writes it: `(S)`, `(s)`, a segment `s` of its own,
// letters before the name (`L Berit Lund`, `MBP Ylva Höglund`) or right after it (`Anna Sand S`).
import { PARTIES } from '../../lexicon/sv.js';
import { alternation } from '../../text/patterns.js';
import { isGivenName, mayBeCapital, mayBePartyLetters } from '../../text/persons.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

const PARTY_ALT = alternation(PARTIES);
// the party after the name a deputy serves for, in any case (`ersätter Per Ohlin (c)`): these patterns are case-sensitive
export const ANY_CASE_PARTY_ALT = alternation([...PARTIES, ...PARTIES.map((p) => p.toLowerCase())]);
// `(S)`, and `(s)` as some minutes write it
export const PARTY_IN_PARENS = new RegExp(`\\(\\s*(${PARTY_ALT})\\s*\\)`, 'iu');
// a segment of its own, in either case (`Gun Ahlberg, s, ordförande`)
const PARTY_ALONE = new RegExp(`^(?:${PARTY_ALT})$`, 'iu');
// (no party's letters are longer: a longer segment is passed by before the pattern)
const PARTY_LENGTH = Math.max(...PARTIES.map((p) => p.length));
/** A party's letters as a segment of their own, in either case (`s`, `KD`). */
export const isPartyAlone = (segment: string): boolean => segment.length <= PARTY_LENGTH && PARTY_ALONE.test(segment);
// the party in a column before the name, run together with it (`L Berit Lund, ordförande`)
const PARTY_FIRST = new RegExp(`^(${PARTY_ALT})\\s+(?=[${UPPER_LETTER}][${LOWER_LETTER}])`, 'u');
export const NAME_WORD = `[${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}]?[${LOWER_LETTER}'’]+)*`;
// the party's letters in capitals after a name of two words or more that opens the text, one space between (`Anna Sand S`, `Per Ås KD, Östby`)
// (or in lower case, as a roll's party column prints them, and not an abbreviation's first letter: `Rut Lind m x`, not `m.fl.`)
export const PARTY_AFTER_NAME = new RegExp(
  `^(?:${NAME_WORD})(?:\\s+(?:${NAME_WORD})){1,3}(\\s+((?:${alternation(PARTIES.map((p) => p.toUpperCase()))})(?![${ANY_LETTER}])|(?:${alternation(PARTIES.map((p) => p.toLowerCase()))})(?![${ANY_LETTER}.])))`,
  'u',
);

// `MBP Ylva Höglund`: a local party's letters before a given name
const LETTERS_FIRST = new RegExp(`^([${UPPER_LETTER}]{2,4})\\s+(?=([${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?)\\s+[${UPPER_LETTER}][${LOWER_LETTER}])`, 'u');

/** The party written before the name (`S Ulf Dahl`, `MBP Ylva Höglund`) and how long it is with its space, or null. */
export function partyFirst(text: string): { party: string; length: number } | null {
  // (a party's letters end by the fifth character: the cheap test first)
  if (text.charCodeAt(1) === 32 || text.charCodeAt(2) === 32) {
    const m = PARTY_FIRST.exec(text);
    if (m) return { party: m[1]!.toUpperCase(), length: m[0].length };
  }
  if (text.charCodeAt(2) !== 32 && text.charCodeAt(3) !== 32 && text.charCodeAt(4) !== 32) return null;
  // (the letters' first two capitals before the pattern: most entries open with a name)
  const m = mayBeCapital(text.charCodeAt(0)) && mayBeCapital(text.charCodeAt(1)) ? LETTERS_FIRST.exec(text) : null;
  return m && mayBePartyLetters(m[1]!) && isGivenName(m[2]!) ? { party: m[1]!, length: m[0].length } : null;
}

// `Olle Nyström, Sjövik, (m`, `… (m Eva Lind, Åby, (c) …`: a party's bracket whose closing the extraction lost, at the
// entry's end or before the next person's capital, and closed by no later bracket (not `(s Sjövik)`)
// (or before the comma of the entry's position or remark: `Bo Ek, Älvsbyn, (s, ordförande Maj Lind, Piteå, (s …`)
const LOST_CLOSE = new RegExp(`\\((${ANY_CASE_PARTY_ALT})(?=\\s*$|\\s+[${UPPER_LETTER}]|,\\s)(?![^()]*\\))`, 'gu');
/** The entry with each party's bracket left open closed (`(m` → `(m)`); the text itself where none is. */
export const closeLostPartyBrackets = (text: string): string => text.replace(LOST_CLOSE, '($1)');
