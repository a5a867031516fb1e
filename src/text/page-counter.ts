// The pieces of a page's counter, built once from the lexicon's words, for every place that reads
// one (a line of its own, a running head's end, a flattened page's start): `Sida 2 (9)`,
// `Sidan 2(30)`, `Sidan 2 av 30`, `Sid 2/30`, `Blad 3 (12)`, `Sida 2 [36]`, `Page 2 of 4`.
import { PAGE_COUNT_WORDS, PAGE_WORDS } from '../lexicon/sv.js';
import { alternation } from './patterns.js';

/** The counter's word before the page's number (`Sida`, `Sidan`, `Sid.`, `Blad`, `Page`), in a pattern with the `i` flag. */
export const PAGE_WORD = `(?:${alternation(PAGE_WORDS)})`;
/** The count after the page's number: ` av 30`, `/30`, ` of 4`, `(30)`, ` [36]`. */
export const PAGE_COUNT = `(?:\\s*(?:${alternation(PAGE_COUNT_WORDS)}|\\/)\\s*\\d{1,4}|\\s?[([]\\s?\\d{1,4}\\s?[)\\]])`;
/** The counter's words' first letters, both cases: a cheap test before a pattern (`s`, `b`, `p`). */
export const PAGE_WORD_OPENS = [...new Set(PAGE_WORDS.map((w) => w[0]!))].flatMap((c) => [c, c.toUpperCase()]);
