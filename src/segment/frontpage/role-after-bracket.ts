// A list run on in one line whose roles were a column of their own, capitalised as cells
// start (`Lillemor Holger (M) Ordförande Kristina Wall (S) Vice ordförande Agneta Strid (C)`):
// the normaliser cut the line before `Ordförande`, a signer's label before a name, so the
// chair's role opened the next line as a position before a name. Where the line so opened
// goes on in the same way (a bracket, then a capitalised role, then a name), the opening role
// goes back to the person before the cut, in lower case as a position after a name is written.
import type { Piece } from './pieces.js';
import { positionAlone } from './roles-after.js';
import { LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

// a capitalised role of one or two words at the start of a text, a capitalised name after it
const ROLE_FIRST = new RegExp(`^([${UPPER_LETTER}][${LOWER_LETTER}]+(?: [${LOWER_LETTER}]+)?) (?=[${UPPER_LETTER}][${LOWER_LETTER}]+ [${UPPER_LETTER}])`, 'u');
// the same layout further on in the text: a bracket, a capitalised word, a word in lower case perhaps, a capitalised word
const ROLE_AFTER_BRACKET = new RegExp(`\\) [${UPPER_LETTER}][${LOWER_LETTER}]+(?: [${LOWER_LETTER}]+)? [${UPPER_LETTER}][${LOWER_LETTER}]`, 'u');

export function roleAfterBracket(pieces: Piece[]): Piece[] {
  for (let i = 0; i + 1 < pieces.length; i++) {
    const before = pieces[i]!;
    const after = pieces[i + 1]!;
    // (the cheap tests: two texts on lines one after the other, the first closing a bracket)
    if (before.label || after.label || after.at !== before.at + 1 || !before.text.endsWith(')') || !after.text.includes(') ')) continue;
    const m = ROLE_FIRST.exec(after.text);
    if (!m || !positionAlone(m[1]!.toLowerCase()) || !ROLE_AFTER_BRACKET.test(after.text)) continue;
    pieces[i] = { ...before, text: `${before.text} ${m[1]!.toLowerCase()}` };
    pieces[i + 1] = { ...after, text: after.text.slice(m[0].length), col: after.col + m[0].length };
  }
  return pieces;
}
