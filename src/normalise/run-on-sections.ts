// A group heading run on between an agenda's points (`… 2. Val av justerare Beslutsärenden 3. Budget …`,
// `… Plats: Kommunhuset Formalia 1. Mötets öppnande …`): a line of its own over the points after it, as the
// heading stands when the page keeps its lines, not the end of the point before's title.
import { RUN_ON_SECTION_WORDS, SECTION_NOUN } from '../lexicon/sv.js';
import { readSectionHeading } from '../text/section-heading.js';
import { isTitleLink } from '../text/row-opening.js';

// a group heading is a few words (`Diskussions- och informationsärenden`, `Övriga beslutsärenden:`)
const MOST_WORDS = 4;
const RUN_ON_WORDS = new Set<string>(RUN_ON_SECTION_WORDS);
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0;
const isUpper = (c: number, ch: string): boolean => (c < 128 ? c >= 65 && c <= 90 : ch !== ch.toLowerCase() && ch === ch.toUpperCase());

/** The heading's last word may end one: a kind of `ärenden`, or a listed word (asked before any pattern). */
function mayEndHeading(word: string): boolean {
  const w = word.endsWith(':') ? word.slice(0, -1).toLowerCase() : word.toLowerCase();
  return w.endsWith(SECTION_NOUN) || RUN_ON_WORDS.has(w);
}

/**
 * Where a group heading that ends right before the point at `at` starts (capitalised, after `from` and after some
 * text of the line), or -1. The longest of a few words that reads as one wins (`Övriga beslutsärenden`).
 */
export function runOnSectionBefore(text: string, at: number, from: number): number {
  let end = at;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > from && !isSpace(text.charCodeAt(start - 1))) start--;
  if (start <= from || !mayEndHeading(text.slice(start, end))) return -1;
  let found = -1;
  for (let words = 1; words <= MOST_WORDS && start > from; words++) {
    if (isUpper(text.charCodeAt(start), text.charAt(start)) && readSectionHeading(text.slice(start, end)) !== null) found = start;
    // the word before
    let k = start;
    while (k > from && isSpace(text.charCodeAt(k - 1))) k--;
    if (k <= from) break;
    start = k;
    while (start > from && !isSpace(text.charCodeAt(start - 1))) start--;
  }
  // (text stands before it on the line: a heading that opens the line is a line already)
  if (found <= from) return -1;
  let k = found;
  while (k > from && isSpace(text.charCodeAt(k - 1))) k--;
  if (k <= from) return -1;
  // (`… 3. Rapport om Bygglovsärenden 4. …`: after a word that links on, the kind is the title's own)
  let w = k;
  while (w > from && !isSpace(text.charCodeAt(w - 1))) w--;
  return isTitleLink(text.slice(w, k).toLowerCase()) ? -1 : found;
}
