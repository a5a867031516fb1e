// A sharing site's title of a document that lost its numbers (`Direktionsprotokoll`, `SSTYR, :00, Protokoll`: the
// site drops the digits of its page title, and of the transcript under it, the meeting's date with them), and under
// it the `Download "…"` line quoting the same title whole (`Direktionsprotokoll 2016-05-13`, `SSTYR, 2019-03-12 18:00,
// Protokoll`, `Plats och tid Rådhuset, kl 13.00-17.10`). The quoted copy, the same words with the numbers kept, is the
// title to read: often the only place the meeting's date or hours survive.
import type { Line } from '../text/line.js';
import { ANY_LETTER } from '../text/letters.js';

// a word that holds a digit (`2013-09-20`, `:00,`, `21670`)
const DIGIT = /\d/u;
// what is not a letter
const NOT_LETTER = new RegExp(`[^${ANY_LETTER}]+`, 'gu');
/** The words of a text without those holding digits, in lower case, one space between them. */
const wordsOf = (text: string): string =>
  text
    .split(/\s+/u)
    .filter((w) => !DIGIT.test(w))
    .join(' ')
    .replace(NOT_LETTER, ' ')
    .trim()
    .toLowerCase();
const DIGITS = /\d/gu;
const digitsIn = (text: string): number => text.match(DIGITS)?.length ?? 0;

/**
 * The site's title where `quoted` is the same title with numbers its own text lacks (a day, the hours): the index of its first line, and
 * whether its lines were marked the site's title (a title cut at the labels it quotes into more lines than a title's is
 * not, but is all of the first source line, above the wrapper); null otherwise.
 */
export function titleLosingNumbers(lines: readonly Line[], quoted: string): { from: number; marked: boolean } | null {
  // (the cheap test: the quoted title holds a digit)
  if (!DIGIT.test(quoted)) return null;
  let first = -1;
  let last = -1;
  const marked = lines.some((l) => l.siteTitle);
  for (let i = 0; i < lines.length; i++) {
    if (marked ? !lines[i]!.siteTitle : lines[i]!.text === '') continue;
    if (first < 0) first = i;
    else if (lines[i]!.no !== lines[first]!.no) return null;
    last = i;
  }
  if (first < 0) return null;
  // (`text`, not `flat`: the lines' flat text is set once all are read)
  const text = lines
    .slice(first, last + 1)
    .map((l) => l.text)
    .join(' ');
  if (digitsIn(quoted) <= digitsIn(text)) return null;
  const words = wordsOf(text);
  return words !== '' && words === wordsOf(quoted) ? { from: first, marked } : null;
}
