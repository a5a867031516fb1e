// V8 keeps a string two bytes a character when its source held one character past U+00FF
// (an en dash, a curly quote), and every slice of it too. Patterns with `\p{L}` and the `u`
// flag read such a string several times slower than the same characters stored one byte
// each. So the lines are cut from a compact copy of the text wherever they can be: a line
// with no such character is stored one byte a character even when its neighbours are not,
// and every string later cut from it or joined of such lines is too. The characters are
// the same; only the storage changes.
import { Buffer } from 'node:buffer';

const WIDE = /[^\u0000-\u00ff]/g;

/**
 * Where the characters past U+00FF stand in a text, in order (a text has few: dashes, quotes, bullets).
 * (`test`, not `matchAll`: the place is the pattern's `lastIndex` less one, and no match is built for each)
 */
export function wideAt(text: string): number[] {
  const at: number[] = [];
  WIDE.lastIndex = 0;
  while (WIDE.test(text)) at.push(WIDE.lastIndex - 1);
  return at;
}

/**
 * The lines of a text, cut at the matches of `breaks` (a global pattern, or one string), like
 * `text.split(breaks)`; each line without a character past U+00FF stored one byte a character.
 * `wide` is `wideAt(text)`, when the caller has it already.
 */
export function compactLines(text: string, breaks: RegExp | string, wide: readonly number[] = wideAt(text)): string[] {
  // latin1 keeps one byte of every character, so the copy has the same length and offsets;
  // only the lines that hold a wide character (mangled in the copy) are taken from the text
  const compact = Buffer.from(text, 'latin1').toString('latin1');
  const lines: string[] = [];
  let from = 0;
  let w = 0;
  const cut = (to: number): void => {
    while (w < wide.length && wide[w]! < from) w++;
    lines.push(w < wide.length && wide[w]! < to ? text.slice(from, to) : compact.slice(from, to));
  };
  if (typeof breaks === 'string') {
    // (a string is found by a plain search, and no match is built for each line)
    for (let at = text.indexOf(breaks); at >= 0; at = text.indexOf(breaks, from)) {
      cut(at);
      from = at + breaks.length;
    }
  } else {
    for (const m of text.matchAll(breaks)) {
      cut(m.index);
      from = m.index + m[0].length;
    }
  }
  cut(text.length);
  return lines;
}
