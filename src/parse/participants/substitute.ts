// The member a deputy serves for: `tjänstgör för Eva Ek (S)`, `Ersättare för Kim Berg`, and in a
// list of deputies a bare `för` (`Eva Ek (V) för Fredrik Fors (S)`).
import { SUBSTITUTE_PHRASES, SUBSTITUTE_WORDS_BETWEEN_PARTIES, VACANT_SEAT_WORDS } from '../../lexicon/sv.js';
import { alternation } from '../../text/patterns.js';
import { ANY_CASE_PARTY_ALT, NAME_WORD } from './party.js';
import { ANY_LETTER } from '../../text/letters.js';

// the party after the name, in brackets or as a segment of its own (`ersätter Åke Lund, s`)
const substitute = (phrases: readonly string[]): RegExp =>
  new RegExp(
    `(?<![${ANY_LETTER}])(?:${alternation(phrases)})\\s+((?:${NAME_WORD})(?:\\s+(?:${NAME_WORD})){0,3})(?:\\s*\\(\\s*(?:${ANY_CASE_PARTY_ALT})\\s*\\)|,\\s*(?:${ANY_CASE_PARTY_ALT})(?![${ANY_LETTER}]))?`,
    'u',
  );
// `Bo Ström, KD, Ersättare för Kim Berg`: the phrase capitalised, as a table's cell or a segment after a comma writes it
const CAPITALISED_SUBSTITUTE_PHRASES = SUBSTITUTE_PHRASES.flatMap((p) => [p, p.charAt(0).toUpperCase() + p.slice(1)]);
const SUBSTITUTE = substitute(CAPITALISED_SUBSTITUTE_PHRASES);
// in a list of deputies a bare `för` says it too: `Eva Ek (V) för Fredrik Fors (S)`
const DEPUTY_SUBSTITUTE = substitute([...CAPITALISED_SUBSTITUTE_PHRASES, 'för']);
// in any list a bare `för` (or `tjg`) says it where both stand with a party: `Dan Fält (S) för Ebba Lind (S)`, `Rolf Ek (NP) tjg Sara Wall (L)`
const FOR_PARTY_MEMBER = new RegExp(`(?<=\\))\\s*(?:${alternation(SUBSTITUTE_WORDS_BETWEEN_PARTIES)})\\s+((?:${NAME_WORD})(?:\\s+(?:${NAME_WORD})){1,3})\\s*\\(\\s*(?:${ANY_CASE_PARTY_ALT})\\s*\\)`, 'u');
// each phrase ends on one of these words, and a name follows it (both patterns are case-sensitive)
const MAY_SUBSTITUTE = new RegExp(`(?:${alternation([...new Set([...CAPITALISED_SUBSTITUTE_PHRASES, ...SUBSTITUTE_WORDS_BETWEEN_PARTIES].map((p) => p.split(' ').pop()!))])})\\s`);

/** The substitution the text states: the match, whose first group is the member's name, or null. */
export function findSubstitute(text: string, deputy: boolean): RegExpExecArray | null {
  if (!MAY_SUBSTITUTE.test(text)) return null;
  return (deputy ? DEPUTY_SUBSTITUTE : SUBSTITUTE).exec(text) ?? FOR_PARTY_MEMBER.exec(text);
}

// `Björn Sal (V) Ersätter vakant (S)`: a deputy serving in a seat nobody holds, which names no member (and in any list
// a bare `för` after the deputy's party, as between two parties: `Olof Ek (L) för Vakant (L)`)
const VACANT_SUBSTITUTE = new RegExp(
  `(?:(?<![${ANY_LETTER}])(?:${alternation(SUBSTITUTE_PHRASES)})|(?<=\\))\\s*(?:${alternation(SUBSTITUTE_WORDS_BETWEEN_PARTIES)}))\\s+(?:${alternation(VACANT_SEAT_WORDS)})(?![${ANY_LETTER}])(?:\\s*\\(\\s*(?:${ANY_CASE_PARTY_ALT})\\s*\\))?`,
  'iu',
);

/** The words that say a deputy serves in a vacant seat (`ersätter vakant (S)`), or null. */
export function findVacantSubstitute(text: string): RegExpExecArray | null {
  return MAY_SUBSTITUTE.test(text) ? VACANT_SUBSTITUTE.exec(text) : null;
}
