// A list's last name with the next paragraph's first word run on after it, the line break lost in a transcript
// (`Birgit Nielsen Mötet öppnades av ordföranden.`, `Eva Ek Dnr Delegationsordning`, `Per Ås Beslut`): the word is one
// that opens the minutes' prose or a point's heading, never a name's, so the list ends before it. The words are the
// lexicon's, capitalised as they open a paragraph (`mötet` in lower case is a position's or a remark's: `ordförande
// för mötet`).
import { PROSE_AFTER_LIST_WORDS } from '../../lexicon/sv.js';
import { alternation } from '../../text/patterns.js';
import { LOWER_LETTER } from '../../text/letters.js';

// the word after a name's last word (a small letter before the space) or a party's bracket, as a whole word
const PROSE_WORD = new RegExp(`(?<=[${LOWER_LETTER})] )(?:${alternation(PROSE_AFTER_LIST_WORDS)})(?= |$)`, 'u');

/** Where the run-on prose starts in a list's entry (the space before it), or -1. */
export function proseAfterListAt(text: string): number {
  const m = PROSE_WORD.exec(text);
  // (a word of the list's own first: the entry must name someone before it)
  return m && m.index > 4 ? m.index - 1 : -1;
}
