// Points lettered instead of numbered: an agenda of `a) Mötets öppnande`, `b) Val av justerare`, …
import type { Line } from '../../text/line.js';
import type { ItemSegment } from './types.js';
import { ENDS_SENTENCE } from './line-kinds.js';
import { pointsAt } from './bullets.js';
import { UPPER_LETTER } from '../../text/letters.js';

// `a) Title`, `b. Title`: a small letter, its mark, a space, a capital
const LETTERED = new RegExp(`^([a-z])[.)]\\s{1,3}(?=[${UPPER_LETTER}"”(])(\\S.*)$`, 'u');
// a lettered agenda has at least this many points, counting from `a`
const MIN_LETTERED = 3;
// a point's title is a heading's length
const LETTERED_TITLE = 90;

/**
 * The points of a document that numbers none but letters them from `a` on, each letter the
 * next: the point's number and label null (the letter is only its place), the lines under it its body. Asked
 * only where no numbering at all was found, and only for three letters or more.
 */
export function letteredItems(lines: readonly Line[], start: number, end: number, excluded: (i: number) => boolean): ItemSegment[] {
  const at: number[] = [];
  const rests: string[] = [];
  for (let i = start; i < end; i++) {
    const c = lines[i]!.text.charCodeAt(0);
    // (the next letter only: a list's `a)` restarting, or a letter out of turn, ends nothing but is no point)
    if (c !== 97 + at.length || excluded(i)) continue;
    const m = LETTERED.exec(lines[i]!.text);
    if (!m || m[2]!.length > LETTERED_TITLE || ENDS_SENTENCE.test(m[2]!)) continue;
    at.push(i);
    rests.push(m[2]!.trim());
  }
  if (at.length < MIN_LETTERED) return [];
  // (no label: SCHEMA.md keeps `label` for sub-items, and a point's letter is only its place in the list)
  return pointsAt(lines, at, end, excluded, 'lettered', (_, k) => rests[k]!);
}
