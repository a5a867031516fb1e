// V8 keeps a string two bytes a character when its source held one character past U+00FF
// (an en dash, a curly quote), and every slice of it too. Patterns with `\p{L}` and the `u`
// flag read such a string several times slower than the same characters stored one byte
// each. A text without such a character is copied once into the compact form before the
// readers run their patterns over it; the characters are the same, only the storage changes.
import { Buffer } from 'node:buffer';

const WIDE = /[^\u0000-\u00ff]/u;

/** The same string, stored one byte a character when it can be. */
export const oneByte = (s: string): string => (s.length === 0 || WIDE.test(s) ? s : Buffer.from(s, 'latin1').toString('latin1'));
