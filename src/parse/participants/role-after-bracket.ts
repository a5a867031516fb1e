// A list run on in one line whose roles were a column of their own, capitalised as cells
// start (`Lillemor Holger (M) Ordförande Kristina Wall (S) Vice ordförande Agneta Strid (C)`):
// a position right after a party's bracket and before the next name is the person's before it.
// It is written in lower case, as a position after a name is, so that no reader takes it for
// the opening of the next entry (`Ordförande Kristina Wall`, a position before a name).
import { ROLE_HEADINGS } from '../../lexicon/sv.js';
import { kindOf } from './words.js';
import { LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

// a capitalised word, a second in lower case perhaps (`Vice ordförande`), after a bracket and before a capitalised word
const ROLE_AFTER_BRACKET = new RegExp(`\\) ([${UPPER_LETTER}][${LOWER_LETTER}]+(?: [${LOWER_LETTER}]+)?)(?= [${UPPER_LETTER}][${LOWER_LETTER}])`, 'gu');
// (a list's heading run on is cut before, and stays as written: `Ersättare`)
const HEADINGS: ReadonlySet<string> = new Set(ROLE_HEADINGS.flatMap((r) => r.words));

/** The text with each capitalised position after a party's bracket in lower case; the same text where there is none. */
export function rolesAfterBrackets(text: string): string {
  // (the cheap test: a bracket closes before a space and a capital)
  if (!text.includes(') ')) return text;
  return text.replace(ROLE_AFTER_BRACKET, (whole, role: string) => {
    const words = role.split(' ');
    const lower = role.toLowerCase();
    if (HEADINGS.has(lower) || kindOf(words[words.length - 1]!) !== 'position' || (words.length === 2 && kindOf(words[0]!) !== 'modifier')) return whole;
    return `) ${lower}`;
  });
}
