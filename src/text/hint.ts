// Plain tests before costly patterns. A pattern with the `u` flag and a lookbehind reads a
// long paragraph several times slower than a plain-`i` alternation of the same words, and
// most paragraphs hold none of them. Without `u`, four letters fold differently (`ſ` is an
// `s`, the Kelvin sign a `k`, the Ångström sign an `å`, `ẞ` a `ß` only with it): they are
// spelt out, so the hint matches wherever the Unicode pattern could.
//
// The phrases are written as a trie (`juster(?:ingsdatum|a(?:t|d))|…`): at each place in a
// text the pattern tests a shared beginning once instead of once for every phrase that has
// it (the anslag labels' hint, 60 phrases, reads a line in less than half the time). A
// phrase that another one begins with makes the longer one needless, since a hint only says
// whether any phrase stands in the text.

const FOLDED: Readonly<Record<string, string>> = { s: '[s\\u017f]', k: '[k\\u212a]', å: '[å\\u212b]', ß: '[ß\\u1e9e]', ' ': '\\s+' };
const fold = (text: string): string => text.replace(/[.*+?^${}()|[\]\\kså\u00df ]/g, (c) => FOLDED[c] ?? `\\${c}`);

/** A plain case-insensitive pattern that finds any of the phrases (words apart by any white space). */
export function hintOf(phrases: readonly string[]): RegExp {
  const words = new Set(phrases.map((p) => p.toLowerCase().split(' ').filter((w) => w !== '').join(' ')));
  return new RegExp(alternativesOf([...words], 0, fold), 'i');
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, (c) => `\\${c}`);
/**
 * The stems as a plain trie that finds a stem wherever `stems.join('|')` with the same flags does, at the
 * same place: no letter folded, a space a space. For the tests that say whether a text holds one (and
 * where the first one starts); the trie reads a long paragraph in much less time than the alternation.
 */
export function anyOf(stems: readonly string[], flags = 'i'): RegExp {
  return new RegExp(alternativesOf([...new Set(stems)], 0, escape), flags);
}

// (a space of a phrase, apart from a stem's, while the trie is built: it is spelt as any white space)
const LOOSE_SPACE = '\u0001';
/**
 * The phrases and stems as a plain trie that finds one wherever `alternation(phrases)` and `stems.join('|')`
 * side by side, with the same flags, do: a phrase's space any white space (as alternation() writes it), a
 * stem's a space, no letter folded. For the tests that say whether a text holds one of them.
 */
export function phrasesOf(phrases: readonly string[], stems: readonly string[] = [], flags = ''): RegExp {
  const loose = phrases.map((p) => p.replace(/ /g, LOOSE_SPACE));
  return new RegExp(alternativesOf([...new Set([...loose, ...stems])], 0, (text) => escape(text).replaceAll(LOOSE_SPACE, '\\s+')), flags);
}

/** The rest of phrases that share their first `depth` characters, as one pattern. */
function alternativesOf(phrases: readonly string[], depth: number, spell: (text: string) => string): string {
  const byLetter = new Map<string, string[]>();
  for (const p of phrases) {
    // the shared beginning is a whole phrase: the text holds a phrase wherever it holds that
    if (p.length === depth) return '';
    const c = p.charAt(depth);
    const same = byLetter.get(c);
    if (same) same.push(p);
    else byLetter.set(c, [p]);
  }
  const out: string[] = [];
  for (const group of byLetter.values()) {
    const first = group[0]!;
    let shared = depth + 1;
    while (shared < first.length && group.every((p) => p.length > shared && p.charCodeAt(shared) === first.charCodeAt(shared))) shared++;
    const rest = group.length === 1 ? '' : alternativesOf(group, shared, spell);
    out.push(spell(first.slice(depth, group.length === 1 ? first.length : shared)) + (rest.includes('|') ? `(?:${rest})` : rest));
  }
  return out.join('|');
}
