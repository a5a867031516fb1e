// `Forts. § 41`, `Fortsättning § 41`, `forts KS § 41`: a page that goes on with the § above
// marks it so at its top. The mark is no text of the §: its next line opens a paragraph
// (`Socialnämnden beslutar att …`), as it would on the page before.
import { isBlank, type Line } from '../text/line.js';
import { UPPER_LETTER } from '../text/letters.js';

const CONTINUED = new RegExp(`^forts(?:\\.|ättning)?(?:\\s+(?:av|från))?\\s*(?:[${UPPER_LETTER}]{1,8}\\s{1,3})?§\\s?(\\d{1,4})[.:]?$`, 'iu');

/** The lines between start and end that mark the § numbered `number` as continued. */
export function continuationMarks(lines: readonly Line[], start: number, end: number, number: number): number[] {
  const out: number[] = [];
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    // (`F` or `f` first: most lines are passed by at once)
    // (an empty line is passed by before its characters are read: a read past a string's end costs the function its optimised code)
    if (isBlank(line)) continue;
    const c = line.text.charCodeAt(0);
    // (and `o` or `O` second on the line the pattern reads)
    if ((c !== 70 && c !== 102) || line.flat.length < 2 || (line.flat.charCodeAt(1) | 32) !== 111) continue;
    const m = CONTINUED.exec(line.flat);
    if (m && Number(m[1]) === number) out.push(i);
  }
  return out;
}
