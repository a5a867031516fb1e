// A document's heading printed again inside it where no page break was kept
// (`PROTOKOLLSUTDRAG` / `Kommunstyrelsen` / `Sammanträdesdatum 2024-09-03` over the next §
// of the same meeting): the lines that repeat its first lines, in order, are no text of the
// § they stand in.
import { isBlank, type Line } from '../text/line.js';

// how many of the document's first lines make its heading
const HEADING_LINES = 5;
// a repeat holds at least the title and one line more
const MIN_REPEAT = 2;

// (in either case: `Protokoll` on the front page is `PROTOKOLL` in the header of the next)
const keyOf = (line: Line): string => line.flat.toLowerCase();

/** The document's first content lines (up to five, before `limit`), as compared. */
export function headingOf(lines: readonly Line[], start: number, limit: number): string[] {
  const out: string[] = [];
  for (let i = start; i < limit && out.length < HEADING_LINES; i++) if (!isBlank(lines[i]!)) out.push(keyOf(lines[i]!));
  return out;
}

/** The lines between start and end that print the heading again: its first line and the ones after it that repeat it in order (two lines at least). */
export function headingRepeats(lines: readonly Line[], heading: readonly string[], start: number, end: number): number[] {
  const out: number[] = [];
  if (heading.length < MIN_REPEAT) return out;
  const first = heading[0]!;
  for (let i = start; i < end; i++) {
    if (lines[i]!.flat.length !== first.length || keyOf(lines[i]!) !== first) continue;
    const at = [i];
    for (let k = i + 1; k < end && at.length < heading.length; k++) {
      if (isBlank(lines[k]!)) continue;
      if (keyOf(lines[k]!) !== heading[at.length]) break;
      at.push(k);
    }
    if (at.length >= MIN_REPEAT) out.push(...at);
  }
  return out;
}
