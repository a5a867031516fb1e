import { LOWER_LETTER, UPPER_LETTER } from '../text/letters.js';
// Words a converter glued together where it dropped the space between lines (`ordförandeBengt`,
// `PROTOKOLLSocialnämnden`, `(S)Karl`) are parted, where a text is full of them (one such pair may
// be a name: `McDonald`).

// `ordförandeBengt`, `PROTOKOLLSocialnämnden`, `(S)Karl`: where a converter dropped the space
const GLUED = new RegExp(`(?<=[${LOWER_LETTER}]{2})(?=[${UPPER_LETTER}][${LOWER_LETTER}])|(?<=[${UPPER_LETTER}]{3})(?=[${UPPER_LETTER}][${LOWER_LETTER}]{2})|(?<=\\))(?=[${UPPER_LETTER}])|(?<=\\d)(?=\\(|[${UPPER_LETTER}][${LOWER_LETTER}]{2})`, 'gu');
// so many glued words in a text say its converter drops spaces between lines
const GLUED_IN_TEXT = 8;
const GLUED_SCAN = 30_000;

/** The text has words glued together often enough that they are a converter's, not names (`McDonald`). */
export const hasGluedWords = (input: string): boolean => {
  // a converter that glues words does so from its first page on
  const text = input.length > GLUED_SCAN ? input.slice(0, GLUED_SCAN) : input;
  // `ordförandeBengt`: two small letters, a capital, a small one. The scan looks for the
  // small-to-capital step alone (Swedish letters spelled out: without Unicode mode it is
  // several times faster) and checks the letters around it; the glued words it counts do not overlap
  let n = 0;
  const step = /[a-zåäöéü][A-ZÅÄÖÉÜ]/g;
  for (let m = step.exec(text); m; m = step.exec(text)) {
    const at = m.index;
    if (at > 0 && isSmall(text.charCodeAt(at - 1)) && isSmall(text.charCodeAt(at + 2))) {
      if (++n >= GLUED_IN_TEXT) return true;
      step.lastIndex = at + 4;
    } else step.lastIndex = at + 1;
  }
  // a party's bracket glued to the next name counts too (`Dennis Lund (S)Kristina Alm (S)Johnny Sand`)
  // (`)` found by a plain search, far quicker than a pattern over the text, and the two letters after it by their codes)
  for (let at = text.indexOf(')'); at >= 0; at = text.indexOf(')', at + 1)) {
    if (isCapital(text.charCodeAt(at + 1)) && isSmall(text.charCodeAt(at + 2)) && ++n >= GLUED_IN_TEXT) return true;
  }
  return false;
};
// a-z and åäöéü
const isSmall = (c: number): boolean => (c >= 97 && c <= 122) || c === 0xe5 || c === 0xe4 || c === 0xf6 || c === 0xe9 || c === 0xfc;
// A-Z and ÅÄÖÉÜ
const isCapital = (c: number): boolean => (c >= 65 && c <= 90) || c === 0xc5 || c === 0xc4 || c === 0xd6 || c === 0xc9 || c === 0xdc;

export const unglue = (text: string): string => text.replace(GLUED, ' ');
