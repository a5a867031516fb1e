// Plain tests before costly patterns. A pattern with the `u` flag and a lookbehind reads a
// long paragraph several times slower than a plain-`i` alternation of the same words, and
// most paragraphs hold none of them. Without `u`, four letters fold differently (`ſ` is an
// `s`, the Kelvin sign a `k`, the Ångström sign an `å`, `ẞ` a `ß` only with it): they are
// spelt out, so the hint matches wherever the Unicode pattern could.
import { escapeRegExp } from './patterns.js';

const FOLDED: Readonly<Record<string, string>> = { s: '[s\\u017f]', k: '[k\\u212a]', å: '[å\\u212b]', ß: '[ß\\u1e9e]' };
const fold = (word: string): string => escapeRegExp(word).replace(/[kså\u00df]/giu, (c) => FOLDED[c.toLowerCase()] ?? c);

/** A plain case-insensitive pattern that finds any of the phrases (words apart by any white space). */
export const hintOf = (phrases: readonly string[]): RegExp =>
  new RegExp([...new Set(phrases)].map((p) => p.split(' ').filter((w) => w !== '').map(fold).join('\\s+')).join('|'), 'i');
