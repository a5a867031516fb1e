// A roll of members with their parties run on, without a break, into the officials' list, each official written with
// the position first (`… Olle Rask (M) Kommunchef Åsa Ek Ekonomichef Jan Berg`, or with commas and a sentence's point:
// `… och Nils Berg (L). Kommundirektör Jan Frid, kommunsekreterare Lisa Mal, …`). Cut into people name first, the
// first position went to the last member and each official took the position of the official after them (off by one).
// The text is cut where the officials open: after a party's bracket, at a capitalised position a name follows.
import { PARTICIPANTS_ELSEWHERE, PARTIES } from '../lexicon/sv.js';
import { alternation, withoutComma } from './patterns.js';
import { endsPosition, isGivenName } from './persons.js';
import { UPPER_LETTER } from './letters.js';

// a party's bracket closed, its point perhaps, then a capitalised word: where the officials' first position may open
// (the party in either case, the capital after it a capital: no `i` flag)
const PARTY_THEN_CAPITAL = new RegExp(`\\((?:${alternation([...PARTIES, ...PARTIES.map((p) => p.toLowerCase())])})\\)\\.? (?=[${UPPER_LETTER}])`, 'gu');
// (how many words a position may take before its name: `Bitr. projektledare för Hamnen`)
const MAX_POSITION_WORDS = 4;

// `… Ekonomichef Jan Berg Se vidare sid 2)`: the remark that the list goes on elsewhere, closing the officials' part
const ELSEWHERE_AT_END = new RegExp(`\\s(?:${alternation(PARTICIPANTS_ELSEWHERE)})(?:\\s?\\d{1,3})?\\)?\\.?$`, 'iu');

const position = (word: string): boolean => endsPosition(withoutComma(word));

/** How many entries of `position Name` the words hold: a position's word right before a given name. */
function positionsBeforeGivenNames(words: readonly string[]): number {
  let n = 0;
  for (let k = 1; k < words.length; k++) if (isGivenName(words[k]!) && position(words[k - 1]!)) n++;
  return n;
}

/**
 * `… Olle Rask (M) Kommunchef Åsa Ek Ekonomichef Jan Berg` → the members' part and the officials' part; null where no
 * party's bracket is followed by a position (its word within the few before a given name) and one more position before
 * a name further on (a single `Ordförande Bo Ås` after a bracket is a column's label, or the member's role, not a list).
 */
export function officialsAfterMembers(text: string): [string, string] | null {
  // (the bracket before a space, or its point, is the cheap test: most entries hold none)
  if (!text.includes(') ') && !text.includes(').')) return null;
  for (const m of text.matchAll(PARTY_THEN_CAPITAL)) {
    const rest = text.slice(m.index + m[0].length);
    const words = rest.split(' ');
    let name = 0;
    while (name < words.length && name <= MAX_POSITION_WORDS && !isGivenName(words[name]!)) name++;
    if (name === 0 || name >= words.length || name > MAX_POSITION_WORDS || !position(words[name - 1]!)) continue;
    if (positionsBeforeGivenNames(words) < 2) continue;
    const close = text.indexOf(')', m.index);
    const remark = ELSEWHERE_AT_END.exec(rest);
    return [text.slice(0, close + 1), remark ? rest.slice(0, remark.index) : rest];
  }
  return null;
}
