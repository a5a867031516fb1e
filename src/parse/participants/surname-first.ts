// `Granholm, Ann-Sofie` → `Granholm Ann-Sofie`: a surname written before the given name with a comma,
// joined so the comma does not part the name from itself.
import { commaAfterFirstWord, isGivenName } from '../../text/persons.js';
import { kindOf } from './words.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

// `Granholm, Ann-Sofie, ordförande`, `ersättare för Häggblom, Roger`: a surname before the given name, with a comma
const SURNAME_FIRST = new RegExp(`(?<![${ANY_LETTER}])([${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}'’]+)?),\\s([${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}'’]+)?)(?![${ANY_LETTER}])`, 'gu');
// (what the pattern needs around its comma, a plain test: most commas follow a bracket or go before a position in lower case)
const MAY_BE_SURNAME_FIRST = new RegExp(`[${LOWER_LETTER}'’],\\s[${UPPER_LETTER}]`, 'u');
// the line's first cell: a word, a comma, a word, then a column gap, a bracket or the end
const NAME_CELL = new RegExp(`^([${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}'’]+)?),\\s([${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}'’]+)?)(?=\\s{2,}|\\s?\\(|\\s*$)`, 'u');

/** `Granholm, Ann-Sofie` → `Granholm Ann-Sofie`: the name as written, without the comma that would part it. */
export function joinSurnameFirst(text: string): string {
  if (!text.includes(',') || !MAY_BE_SURNAME_FIRST.test(text)) return text;
  // `Sand, Okke   S   Östby`: a table's name cell, two words and nothing else, is the surname and the given name whatever the lexicon knows
  const cell = commaAfterFirstWord(text) ? NAME_CELL.exec(text) : null;
  if (cell && kindOf(cell[1]!) === 'cap' && kindOf(cell[2]!) === 'cap') return `${cell[1]!} ${cell[2]!}${text.slice(cell[0].length)}`;
  // (each name the pattern joins has a known given name after its comma: most commas go before an organisation, and the text is not rewritten)
  if (!givenNameAfterComma(text)) return text;
  return text.replace(SURNAME_FIRST, (whole, surname: string, given: string) => (isGivenName(given) && !isGivenName(surname) && kindOf(surname) === 'cap' ? `${surname} ${given}` : whole));
}

// a capitalised word after a comma, and a double name's second part (the pattern may take the first part alone, or both)
const WORD_AFTER_COMMA = new RegExp(`,\\s([${UPPER_LETTER}][${LOWER_LETTER}'’]+)(-[${UPPER_LETTER}][${LOWER_LETTER}'’]+)?`, 'gu');
/** A known given name, or a double one, after a comma: what each join of SURNAME_FIRST needs. */
function givenNameAfterComma(text: string): boolean {
  let found = false;
  WORD_AFTER_COMMA.lastIndex = 0;
  for (let m = WORD_AFTER_COMMA.exec(text); m !== null && !found; m = WORD_AFTER_COMMA.exec(text)) found = isGivenName(m[1]!) || (m[2] !== undefined && isGivenName(m[1]! + m[2]));
  WORD_AFTER_COMMA.lastIndex = 0;
  return found;
}
