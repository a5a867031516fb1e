// A list's last name with the next paragraph's first word run on after it, the line break lost in a transcript
// (`Birgit Nielsen Mötet öppnades av ordföranden.`, `Eva Ek Dnr Delegationsordning`, `Per Ås Beslut`): the word is one
// that opens the minutes' prose or a point's heading, never a name's, so the list ends before it. The words are the
// lexicon's, capitalised as they open a paragraph (`mötet` in lower case is a position's or a remark's: `ordförande
// för mötet`).
import { PROSE_AFTER_LIST_WORDS } from '../../lexicon/sv.js';
import { HOLDS_LOWER } from '../../text/letters.js';

const WORDS: ReadonlySet<string> = new Set(PROSE_AFTER_LIST_WORDS);
// the words' first letters, asked before a word is cut out (every entry of every list is read so: most words fail here)
const FIRSTS: ReadonlySet<number> = new Set(PROSE_AFTER_LIST_WORDS.map((w) => w.charCodeAt(0)));

/** Where the run-on prose starts in a list's entry (the space before it), or -1. */
export function proseAfterListAt(text: string): number {
  // (a word of the list's own first: the entry must name someone before it)
  for (let at = text.indexOf(' ', 5); at >= 0; at = text.indexOf(' ', at + 1)) {
    if (!FIRSTS.has(text.charCodeAt(at + 1))) continue;
    // (after a name's last word, a small letter, or a party's bracket)
    const before = text.charAt(at - 1);
    if (before !== ')' && !HOLDS_LOWER.test(before)) continue;
    const end = text.indexOf(' ', at + 1);
    if (WORDS.has(text.slice(at + 1, end < 0 ? text.length : end))) return at;
  }
  return -1;
}
