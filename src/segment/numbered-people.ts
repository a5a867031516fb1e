// A list of participants numbered as a list (`Närvarande:` / `1. Anna Ek (S), ordförande` /
// `2. Bo Berg (M)`), not as points of the agenda: right under a participant heading, each line
// a number and a person, the numbers one after the other. The item finder leaves these lines
// out, so that the list is no run of points and the points after it are read as such.
import { isBlank, type Line } from '../text/line.js';
import { labelAt } from '../text/labels.js';
import type { Range } from './items.js';
import { namesSomebody } from './participants.js';
import { LOWER_LETTER, UPPER_LETTER } from '../text/letters.js';
import { isGivenName } from '../text/persons.js';

// `1. Anna Ek`, `2) Bo Berg`: a list's number, then a capital
const NUMBERED = new RegExp(`^(\\d{1,2})[.)]\\s+(?=[${UPPER_LETTER}])`, 'u');
// a person alone, nothing but the name, a party in brackets and a position after a comma (`Maja Holm (L)`,
// `Per Ek-Lund, ersättare`): two to four capitalised words, the first a given name
const NAME_WORD = `[${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?`;
const PERSON_ALONE = new RegExp(`^(${NAME_WORD})(?:\\s+${NAME_WORD}){1,3}(?:\\s*\\([${UPPER_LETTER}]{1,3}\\))?(?:,\\s*[${LOWER_LETTER}][${LOWER_LETTER} -]*)?$`, 'u');
// a front page's lists stand within its first lines
const REACH = 160;

/** The lines of each numbered list of people right under a participant heading, from `start` on. */
export function numberedPeople(lines: readonly Line[], start: number, end: number): Range[] {
  const out: Range[] = [];
  const stop = Math.min(end, start + REACH);
  // the number the next list may start with: 1, or the one after the last list's end (`Övriga närvarande:` / `5. Eva Ek`)
  let next = 1;
  for (let i = start; i + 1 < stop; i++) {
    const first = lines[i + 1]!;
    // (a line of three characters at least, as `1. A` is: a shorter one is passed by before its characters are read, as a
    // read past a string's end costs the function its optimised code)
    if (first.flat.length < 3) continue;
    // (the cheap test first: the line under the heading opens with a digit)
    const c = first.flat.charCodeAt(0);
    // (and its number's point or bracket second or third: `1.`, `12)`)
    const mark = first.flat.charCodeAt(1) === 46 || first.flat.charCodeAt(1) === 41 || first.flat.charCodeAt(2) === 46 || first.flat.charCodeAt(2) === 41;
    if (c < 48 || c > 57 || !mark || isBlank(lines[i]!)) continue;
    const m = NUMBERED.exec(first.flat);
    if (!m || (Number(m[1]) !== 1 && Number(m[1]) !== next) || labelAt(lines[i]!.flat)?.field !== 'participants') continue;
    let k = i + 1;
    let n = Number(m[1]);
    for (; k < stop; k++) {
      const e = NUMBERED.exec(lines[k]!.flat);
      if (!e || Number(e[1]) !== n || !namesSomebody(lines[k]!.flat.slice(e[0].length))) break;
      n++;
    }
    // (two people at least: one numbered line may be a point after all; but not one that is a person and nothing else,
    // `Ej närvarande` / `1. Maja Holm (L)`, the roll's one absent member)
    if (k - (i + 1) < 2 && !(k - (i + 1) === 1 && isPersonAlone(lines[i + 1]!.flat.slice(m[0].length)))) continue;
    out.push({ start: i + 1, end: k });
    next = n;
    i = k - 1;
  }
  return out;
}

/** Whether a numbered line's text is a person and nothing else (see PERSON_ALONE). */
function isPersonAlone(text: string): boolean {
  const m = PERSON_ALONE.exec(text.trim());
  return m !== null && isGivenName(m[1]!);
}
