// Names written surname first and run on without a comma between the people (`Ahlgren Anders Björkqvist Curt Grönlund
// Marita`): a Swedish-language Finnish roll once its column is flattened. Read by the given names: each known given name
// ends a person, and the word before it, a surname, opens one (it must be no given name, so that a list written given
// name first never reads so). A position may follow a given name after its comma, in lower case or opened by an ordinal's
// numeral (`Eriksson Viveka, ordförande`, `Björkman Torbjörn, I viceordf`, `Sjöholm Eivor, ers.`).
import { isGivenName } from './persons.js';
import { LOWER_LETTER, UPPER_LETTER } from './letters.js';

const SURNAME = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}'’]+)?$`, 'u');
const GIVEN = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?,?$`, 'u');
const POSITION_WORD = new RegExp(`^(?:[${LOWER_LETTER}][${LOWER_LETTER}.:-]*,?|I{1,3}|IV)$`, 'u');
// (the opening a run needs, anchored: a surname, a given name, the next surname or a position after a comma)
const TWO_NAMES_FIRST = new RegExp(`^\\s*[${UPPER_LETTER}][${LOWER_LETTER}'’-]+ [${UPPER_LETTER}][${LOWER_LETTER}-]+,? [${UPPER_LETTER}${LOWER_LETTER}]`, 'u');
const DIGIT = /\d/u;
// the fewest people that make a run: two names of two words each are any two people's
const MIN_PEOPLE = 3;

/** Each person's text of a run of surname-first names without commas between them, or null when the text is anything else. */
export function surnameFirstRunOn(text: string): string[] | null {
  // (the cheap test first: brackets and digits are other lists' marks, and a run has three names, six words, at least)
  if (text.length < 20 || !TWO_NAMES_FIRST.test(text) || text.includes('(') || DIGIT.test(text)) return null;
  const words = text.trim().split(/\s+/u);
  if (words.length < 2 * MIN_PEOPLE) return null;
  const entries: string[] = [];
  let i = 0;
  while (i < words.length) {
    const surname = words[i]!;
    const given = words[i + 1];
    if (given === undefined || !SURNAME.test(surname) || isGivenName(surname) || !GIVEN.test(given) || !isGivenName(given)) return null;
    let j = i + 2;
    // a position after the given name's comma, up to the next capitalised word that is no ordinal's numeral
    if (given.endsWith(',')) while (j < words.length && POSITION_WORD.test(words[j]!)) j++;
    entries.push(words.slice(i, j).join(' ').replace(/,$/u, ''));
    i = j;
  }
  return entries.length >= MIN_PEOPLE ? entries : null;
}
