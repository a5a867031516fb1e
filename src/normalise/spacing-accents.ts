import { ANY_LETTER } from '../text/letters.js';
// `Dmitar Savic´, MP`: a name's accent (`Savić`) that a converter wrote as the spacing acute after
// its letter, which no reader takes for part of a word. At a word's end the acute goes back onto the
// letter before it, where the two make one letter (`c´` → `ć`); an acute before a letter is an
// apostrophe's stand-in (`Lasse´s`) and stays.

const SPACING_ACUTE = '\u00b4';
const LETTER = new RegExp(`^[${ANY_LETTER}]$`, 'u');

/** The code point (one character, or a surrogate pair) that ends right before `at`. */
const pointBefore = (text: string, at: number): string =>
  at >= 2 && isHigh(text.charCodeAt(at - 2)) && isLow(text.charCodeAt(at - 1)) ? text.slice(at - 2, at) : text.slice(Math.max(0, at - 1), at);
/** The code point that starts at `at` (none past the end). */
const pointAt = (text: string, at: number): string => (isHigh(text.charCodeAt(at)) && isLow(text.charCodeAt(at + 1)) ? text.slice(at, at + 2) : text.slice(at, at + 1));
const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

export function withAccentsOnLetters(text: string): string {
  // (each acute found by a plain search, and the letters around it asked of: a pattern that opens with the letter
  // is tried at every place of the text)
  let out = '';
  let from = 0;
  for (let at = text.indexOf(SPACING_ACUTE); at >= 0; at = text.indexOf(SPACING_ACUTE, at + 1)) {
    const letter = pointBefore(text, at);
    if (!LETTER.test(letter) || LETTER.test(pointAt(text, at + 1))) continue;
    const joined = `${letter}\u0301`.normalize('NFC');
    if (joined.length !== 1) continue;
    out += text.slice(from, at - letter.length) + joined;
    from = at + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
