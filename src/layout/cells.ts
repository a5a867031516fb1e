// A label wrapped inside its cell: `Datum för` over `anslags uppsättande   2007-01-11`,
// `Förvaringsplats` over `för protokollet   Kommunhuset`. A generic extractor prints the
// two halves on two lines and the label loses its value; finsam puts the first half
// before the second, beside the value. A chunk is such a first half when the next line
// holds, at the same left edge, a chunk that begins in lower case (a continuation) and
// has a value cell to its right, while the first line has nothing above that value (the
// value belongs to the label's last line). Prose is never joined: its lines have no
// second cell.
import type { Chunk, TextLine } from './lines.js';
import { OPENS_LOWER } from '../text/letters.js';

/** Left edges this close (× the font size) are the same cell. */
const SAME_EDGE = 0.25;
/** Lines further apart than this (× the larger font size) are not one cell's lines. */
const CELL_LEADING = 1.6;

const CONTINUATION = OPENS_LOWER;

export function joinWrappedLabels(lines: TextLine[]): TextLine[] {
  for (let i = 0; i + 1 < lines.length; i++) {
    const above = lines[i]!;
    const below = lines[i + 1]!;
    if (below.y - above.y > CELL_LEADING * Math.max(above.size, below.size)) continue;
    above.chunks = above.chunks.filter((top) => !joined(top, above, below));
  }
  return lines.filter((l) => l.chunks.length > 0);
}

function joined(top: Chunk, above: TextLine, below: TextLine): boolean {
  const tolerance = SAME_EDGE * below.size;
  const k = below.chunks.findIndex((c) => Math.abs(c.x0 - top.x0) <= tolerance);
  const continuation = below.chunks[k];
  const value = below.chunks[k + 1];
  if (k < 0 || !continuation || !value || !CONTINUATION.test(continuation.text)) return false;
  // the label's first half stays inside its cell, and nothing stands above the value
  if (top.x1 > value.x0) return false;
  if (above.chunks.some((c) => c !== top && c.x1 > value.x0 - tolerance && c.x0 < value.x1)) return false;
  continuation.text = `${top.text} ${continuation.text}`;
  continuation.x0 = Math.min(continuation.x0, top.x0);
  return true;
}
