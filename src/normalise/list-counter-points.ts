// A meeting system's web page prints its agenda as an HTML list whose items are the points: copied as text, each item's
// counter stands before the point's own number on a line of their own, and the title on the next (` 1. 4.` /
// `  Anmälan av …`; the counter starts again under each section's heading, the point's number runs on). Where two such
// lines or more hold point numbers that count up, each becomes the point's heading (`4. Anmälan av …`) and the title's
// line is left empty, so every line keeps its place. Another system prints each point's bullet and number on a line of
// their own and the title under it, a blank line between (`•   4` / `` / `  Anmälan av …`): read the same way.
import { UPPER_LETTER } from '../text/letters.js';

// the counter, the point's number, each with its full stop, alone on the line; then the title on the next line, a capital
// (or a quotation mark) first
const COUNTED_POINT = new RegExp(`^[ \\t]*\\d{1,3}\\.[ \\t]+(\\d{1,3})\\.[ \\t]*\\r?\\n[ \\t]*(["”(${UPPER_LETTER}][^\\n]*)$`, 'gmu');
// the bullet and the point's number alone on the line (its full stop or not: `•   4`, `• 4.`), the title on the next
// line or after one blank line
const BULLET_POINT = new RegExp(`^[ \\t]*[•▪◦·][ \\t]+(\\d{1,3})\\.?[ \\t]*\\r?\\n(?:[ \\t]*\\r?\\n)?[ \\t]*(["”(${UPPER_LETTER}][^\\n]*)$`, 'gmu');
// (the two numbers and their full stops at a line's end, a cheap first look: most texts hold none)
const MAY_COUNT = /\d\.[ \t]+\d{1,3}\.[ \t]*\r?\n/u;
// (a bullet and a number at a line's end, the same for the bullets' form)
const MAY_BULLET = /[•▪◦·][ \t]+\d{1,3}\.?[ \t]*\r?\n/u;
// two points at least, their numbers counting up
const MIN_RUN = 2;

export function restoreListCounterPoints(text: string): string {
  const counted = MAY_COUNT.test(text) ? restoreRun(text, COUNTED_POINT) : text;
  return MAY_BULLET.test(counted) ? restoreRun(counted, BULLET_POINT) : counted;
}

/** Each match of `pattern` (its point's number, its title) as `N. Title` on the number's line, where two or more count up. */
function restoreRun(text: string, pattern: RegExp): string {
  const found = [...text.matchAll(pattern)];
  const numbers = found.map((m) => Number(m[1]));
  if (found.length < MIN_RUN || numbers.some((n, k) => k > 0 && n <= numbers[k - 1]!)) return text;
  let out = '';
  let last = 0;
  for (const m of found) {
    // `4. Title` in the counter's line, the title's line (and a blank line between) empty, their line breaks kept
    out += `${text.slice(last, m.index)}${m[1]}. ${m[2]!.trim()}${'\n'.repeat(lineBreaks(m[0]))}`;
    last = m.index + m[0].length;
  }
  return out + text.slice(last);
}

function lineBreaks(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}
