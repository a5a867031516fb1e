// Plain tests before costly patterns. A pattern with the `u` flag and a lookbehind reads a
// long paragraph several times slower than a plain-`i` alternation of the same words, and
// most paragraphs hold none of them. Without `u`, four letters fold differently (`ſ` is an
// `s`, the Kelvin sign a `k`, the Ångström sign an `å`, `ẞ` a `ß` only with it): they are
// spelt out, so the hint matches wherever the Unicode pattern could.
//
// The phrases are written as a trie (`juster(?:ingsdatum|at|…)`): at each place in a text the
// pattern tests a shared beginning once instead of once for every phrase that has it (the
// anslag labels' hint, 60 phrases, reads a line in less than half the time). A phrase that
// another one begins with makes the longer one needless, since a hint only says whether
// any phrase stands in the text.
import { escapeRegExp } from './patterns.js';

const FOLDED: Readonly<Record<string, string>> = { s: '[s\\u017f]', k: '[k\\u212a]', å: '[å\\u212b]', ß: '[ß\\u1e9e]' };
const foldChar = (c: string): string => FOLDED[c.toLowerCase()] ?? escapeRegExp(c);
const WORD_GAP = '\\s+';

/** A phrase as the pattern's atoms: each letter folded, `\s+` between words. */
function atomsOf(phrase: string): string[] {
  const atoms: string[] = [];
  for (const word of phrase.split(' ')) {
    if (word === '') continue;
    if (atoms.length > 0) atoms.push(WORD_GAP);
    for (const c of word) atoms.push(foldChar(c));
  }
  return atoms;
}

interface Node {
  end: boolean;
  next: Map<string, Node>;
}

function patternOf(node: Node): string {
  if (node.end) return '';
  const alternatives = [...node.next].map(([atom, child]) => atom + patternOf(child));
  return alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
}

/** A plain case-insensitive pattern that finds any of the phrases (words apart by any white space). */
export function hintOf(phrases: readonly string[]): RegExp {
  const root: Node = { end: false, next: new Map() };
  for (const phrase of phrases) {
    let node = root;
    for (const atom of atomsOf(phrase)) {
      let child = node.next.get(atom);
      if (!child) node.next.set(atom, (child = { end: false, next: new Map() }));
      node = child;
    }
    // a phrase of no words is found everywhere, as an empty alternative would be
    if (node === root) return /(?:)/i;
    node.end = true;
  }
  return new RegExp([...root.next].map(([atom, child]) => atom + patternOf(child)).join('|'), 'i');
}
