// `Ola Falk, S Pia Rask Tord Lind, FP Eva Holm`, `Vera Stål, KVF Gun Ek, KVF Ulf Bo`: a list of
// `Name, ACRONYM` entries (a party or an organisation in capitals after the entry's comma) run on
// without its line breaks, some entries without one. The acronym closes the entry before it, a part
// of the list of its own (`Ola Falk, S, Pia Rask`), and is no party written before the next name,
// which a given name opens (`AF Kristianstad` is an organisation); a list that writes its parties
// first opens with one (`S Pia Rask, M Ola Falk`) and is left as it is.
import { PARTIES } from '../../lexicon/sv.js';
import { isGivenName } from '../../text/persons.js';
import { kindOf } from './words.js';
import { LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

// a surname's last letter, the comma, the acronym and a capitalised word after it (the next name's first)
const ACRONYM_AFTER_COMMA = new RegExp(
  `(?<=[${LOWER_LETTER}]), ([${UPPER_LETTER}]{1,5}) (?=([${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?) [${UPPER_LETTER}])`,
  'gu',
);
// a list that writes each party before its name
const ACRONYM_FIRST = new RegExp(`^[${UPPER_LETTER}]{1,5} [${UPPER_LETTER}][${LOWER_LETTER}]`, 'u');
// a letter alone is a party's (`S`) or a given name's initial (`Lind, A Eva`), which is left as it is
const ONE_LETTER_PARTIES = new Set<string>(PARTIES.filter((p) => p.length === 1));

/** The list with a comma after each acronym that closes an entry before the next person; the text itself where none does. */
export function acronymsAfterCommas(text: string): string {
  if (ACRONYM_FIRST.test(text)) return text;
  return text.replace(ACRONYM_AFTER_COMMA, (whole, acronym: string, given: string, at: number) =>
    (isGivenName(given) || closesNextToo(text, at + whole.length, acronym)) && (acronym.length === 1 ? ONE_LETTER_PARTIES.has(acronym) : kindOf(acronym) !== 'position')
      ? `, ${acronym}, `
      : whole,
  );
}

// two capitalised words, the next entry's name, and the comma after it (`Zuleika Berg, `)
const NAME_THEN_COMMA = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}'’]+)? [${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}'’]+)?, `, 'u');
/**
 * `…, KSV Zuleika Berg, KSV …`: the words after the acronym are a name of two, and the same acronym closes their entry too,
 * so the list's layout says they name a person whatever the given name (`AF Kristianstad Tor Lind, AF` names a place first).
 */
function closesNextToo(text: string, from: number, acronym: string): boolean {
  const m = NAME_THEN_COMMA.exec(text.slice(from, from + NAME_SPAN));
  if (m === null) return false;
  const after = from + m[0].length;
  return text.startsWith(acronym, after) && !isLetterAt(text, after + acronym.length);
}
// (a name of two words and its comma fit in this many characters)
const NAME_SPAN = 60;
const LETTER = new RegExp(`[${UPPER_LETTER}${LOWER_LETTER}]`, 'u');
const isLetterAt = (text: string, at: number): boolean => at < text.length && LETTER.test(text.charAt(at));
