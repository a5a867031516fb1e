// A meeting system's web page prints its agenda as an HTML list whose items are the points: copied as text, each item's
// counter stands before the point's own number on a line of their own, and the title on the next (` 1. 4.` /
// `  Anmälan av …`; the counter starts again under each section's heading, the point's number runs on). Where two such
// lines or more hold point numbers that count up, each becomes the point's heading (`4. Anmälan av …`) and the title's
// line is left empty, so every line keeps its place.
import { UPPER_LETTER } from '../text/letters.js';

// the counter, the point's number, each with its full stop, alone on the line; then the title on the next line, a capital
// (or a quotation mark) first
const COUNTED_POINT = new RegExp(`^[ \\t]*\\d{1,3}\\.[ \\t]+(\\d{1,3})\\.[ \\t]*\\r?\\n[ \\t]*(["”(${UPPER_LETTER}][^\\n]*)$`, 'gmu');
// (the two numbers and their full stops at a line's end, a cheap first look: most texts hold none)
const MAY_COUNT = /\d\.[ \t]+\d{1,3}\.[ \t]*\r?\n/u;
// two points at least, their numbers counting up
const MIN_RUN = 2;

export function restoreListCounterPoints(text: string): string {
  if (!MAY_COUNT.test(text)) return text;
  const found = [...text.matchAll(COUNTED_POINT)];
  const numbers = found.map((m) => Number(m[1]));
  if (found.length < MIN_RUN || numbers.some((n, k) => k > 0 && n <= numbers[k - 1]!)) return text;
  let out = '';
  let last = 0;
  for (const m of found) {
    // `4. Title` in the counter's line, the title's line empty (its line break kept)
    out += `${text.slice(last, m.index)}${m[1]}. ${m[2]!.trim()}\n`;
    last = m.index + m[0].length;
  }
  return out + text.slice(last);
}
