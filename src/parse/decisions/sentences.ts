// Sentences of a paragraph, with their offsets, so a decision can name its source line.
import type { Paragraph } from '../../text/line.js';
import { allMatches } from '../../text/patterns.js';
import { UPPER_LETTER } from '../../text/letters.js';

export interface Sentence {
  text: string;
  offset: number;
}

// a sentence ends at . ! ? before a capital, a digit, a bullet or a quote; or at a line break (bullets)
// (the stop is matched, not looked behind for: a pattern that opens on a character class skips
// ahead to its characters, one that opens on a lookbehind tries every position; the white space
// after the stop is the boundary, as a lookbehind would have matched it)
const BOUNDARY = new RegExp(`[.!?]\\s+(?=[${UPPER_LETTER}\\d•"”–-])|\\n`, 'gu');

export function sentences(paragraph: string): Sentence[] {
  const out: Sentence[] = [];
  let last = 0;
  for (const m of allMatches(BOUNDARY, paragraph)) {
    // (a line break is the boundary itself; otherwise it starts after the stop)
    const at = m[0] === '\n' ? m.index : m.index + 1;
    const text = paragraph.slice(last, at).trim();
    if (text) out.push({ text, offset: last });
    last = m.index + m[0].length;
  }
  const tail = paragraph.slice(last).trim();
  if (tail) out.push({ text: tail, offset: last });
  return out;
}

// decisions, proposal, presenter and process all read the same paragraphs' sentences: split once
export function sentencesOf(p: Paragraph): readonly Sentence[] {
  return (p.said ??= sentences(p.text));
}
