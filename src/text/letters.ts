// The letters of finsam's patterns, as a character class's contents: `[${ANY_LETTER}]`,
// `(?<![${ANY_LETTER}\\d])`, `[${UPPER_LETTER}][${LOWER_LETTER}]+`.
//
// Why not `\p{L}`: V8 makes a `\p{…}` class from ICU's Unicode tables every time it reads a
// pattern that holds one, and it reads a pattern made with `new RegExp` twice (when it is made
// and when it first runs) — and the CLI's bundle (esbuild, for any Node target) turns every
// pattern literal holding `\p{…}` into a `new RegExp`. Over finsam's patterns that was a third
// of all the work of `finsam parse` on a short file (callgrind: 3.83 G instructions; 2.62 G
// with these classes). The classes are exact for the scripts Swedish minutes are written in —
// Latin (Basic Latin to Latin Extended-B), Greek and Cyrillic — and hold no letter of any other
// script. Small literals within functions keep `\p{L}`: each is made when its function first
// runs, not when finsam starts.

/** The blocks the classes cover: Basic Latin to Latin Extended-B, Greek and Coptic, Cyrillic. */
const BLOCKS: readonly (readonly [number, number])[] = [
  [0x0000, 0x024f],
  [0x0370, 0x04ff],
];

/** The letters of a Unicode general category within BLOCKS, as ranges (`A-ZÀ-ÖØ-Þ…`). */
function lettersOf(category: 'L' | 'Lu' | 'Ll'): string {
  const is = new RegExp(`^\\p{${category}}$`, 'u');
  let out = '';
  for (const [first, last] of BLOCKS) {
    let from = -1;
    for (let c = first; c <= last + 1; c++) {
      const letter = c <= last && is.test(String.fromCharCode(c));
      if (letter && from < 0) from = c;
      if (!letter && from >= 0) {
        // (no letter needs escaping in a class: `-`, `]`, `\` and `^` are none)
        out += String.fromCharCode(from) + (c - 1 > from ? (c - 1 > from + 1 ? '-' : '') + String.fromCharCode(c - 1) : '');
        from = -1;
      }
    }
  }
  return out;
}

/** Any letter (`\p{L}` within the blocks above). */
export const ANY_LETTER = lettersOf('L');
/** An upper-case letter (`\p{Lu}`; with the `i` flag, as `\p{Lu}`, either case). */
export const UPPER_LETTER = lettersOf('Lu');
/** A lower-case letter (`\p{Ll}`). */
export const LOWER_LETTER = lettersOf('Ll');

/** A capitalised word, two capitalised parts joined by one hyphen allowed (`Anna`, `Berg-Ek`), as a pattern's source. */
export const CAPITALISED_WORD = `[${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?`;

/** A text opening on an upper-case letter (as `/^\p{Lu}/u`); no `g` or `y` flag: shared, it keeps no state. */
export const OPENS_UPPER = new RegExp(`^[${UPPER_LETTER}]`, 'u');
/** A text opening on a lower-case letter (as `/^\p{Ll}/u`). */
export const OPENS_LOWER = new RegExp(`^[${LOWER_LETTER}]`, 'u');
/** A text holding a lower-case letter anywhere (as `/\p{Ll}/u`). */
export const HOLDS_LOWER = new RegExp(`[${LOWER_LETTER}]`, 'u');
