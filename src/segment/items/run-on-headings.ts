// Minutes and notes that number nothing and run each point's text on after its heading, on the
// paragraph's first line (`Mötets öppnande Britta Ek hälsar alla välkomna …`, `Ekonomi Kassören
// redovisar …`, or the heading in a column of its own: `Ekonomi        Ove Ek redovisade …`).
import { OPENING_POINTS, STANDING_POINTS } from '../../lexicon/sv.js';
import { isTitleLink } from '../../text/row-opening.js';
import { isBlank, type Line } from '../../text/line.js';
import { isGivenName } from '../../text/persons.js';
import { opensOnPassive, opensSentence } from '../../text/sentence-start.js';
import type { ItemSegment } from './types.js';
import { pointsAt } from './bullets.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

// fewer such paragraphs than this are prose
const MIN_HEADINGS = 3;
// a heading that is no standing point's is at most this many words, a capital first and the rest in lower case
const HEADING_WORDS = 5;
const OPENING = new Set<string>(OPENING_POINTS);
// the longest first: `val av justerare och tid för justering` before `val av justerare`
const KNOWN = [...new Set<string>([...OPENING_POINTS, ...STANDING_POINTS])].sort((a, b) => b.length - a.length);
const CAPITAL = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]`, 'u');
const LOWER_WORD = new RegExp(`^[${LOWER_LETTER}\\d][${ANY_LETTER}\\d-]*$`, 'u');

interface RunOn {
  title: string;
  text: string;
}

/** `Val av justerare Styrelsen väljer …` → the heading and its sentence; null where the line opens with no heading so. */
export function runOnHeading(flat: string): RunOn | null {
  if (!CAPITAL.test(flat)) return null;
  const lower = flat.toLowerCase();
  for (const point of KNOWN) {
    if (lower.startsWith(point) && lower.charCodeAt(point.length) === 32 && CAPITAL.test(flat.slice(point.length + 1))) {
      return { title: flat.slice(0, point.length), text: flat.slice(point.length + 1) };
    }
  }
  // (a heading of its own: its words in lower case after the first, then the sentence, which is no name's)
  const words = flat.split(' ', HEADING_WORDS + 1);
  if (isGivenName(words[0]!)) return null;
  for (let k = 1; k < words.length; k++) {
    if (CAPITAL.test(words[k]!)) {
      const title = words.slice(0, k).join(' ');
      const text = flat.slice(title.length + 1);
      // (or on its verb: `Föregående anteckningar Godkändes och lades till handlingarna.`, whose heading's plural
      // would read as a verb to the test of a sentence's opening)
      return opensOnPassive(text) || (opensSentence(text) && !opensSentence(title)) ? { title, text } : null;
    }
    if (!LOWER_WORD.test(words[k]!)) return null;
  }
  return null;
}

// under a lone heading the line is a title of at most so many words before its text
const LONE_TITLE_WORDS = 16;

/**
 * `KF § 105 DNR: KU.2017.91` / `Förslag till nytt regelverk för enskilda vägar i Byn kommun Direktionen har …`: the line
 * under a § heading that has no title of its own opens with the title, however long, and runs on with its text. The
 * title ends before the first capitalised word (not one after a word that links, `… vägar i Byn`) that opens a sentence,
 * where the title opens none; null where the line is a sentence alone (`Ordföranden öppnar mötet …`).
 */
export function runOnTitle(flat: string): RunOn | null {
  const heading = runOnHeading(flat);
  if (heading || !CAPITAL.test(flat)) return heading;
  const words = flat.split(' ', LONE_TITLE_WORDS + 1);
  if (isGivenName(words[0]!)) return null;
  for (let k = 1; k < words.length; k++) {
    const prev = words[k - 1]!;
    // (a sentence ended before: the line is no title)
    if (/[.!?:;]$/u.test(prev)) return null;
    if (!CAPITAL.test(words[k]!) || isTitleLink(prev.toLowerCase())) continue;
    const title = words.slice(0, k).join(' ');
    const text = flat.slice(title.length + 1);
    if (opensSentence(text) && !opensSentence(title)) return { title: title.replace(/,$/u, ''), text };
  }
  return null;
}

/**
 * The points of a document that numbers none and runs each text on after its heading: a paragraph's first line
 * that opens with a heading and a sentence. Asked only where no numbering was found; only for three such
 * paragraphs or more, the first of them opening the meeting (`Mötets öppnande`, `Val av justerare`).
 */
export function runOnHeadingItems(lines: readonly Line[], start: number, end: number, excluded: (i: number) => boolean): ItemSegment[] {
  const at: number[] = [];
  const read: RunOn[] = [];
  for (let i = start + 1; i < end; i++) {
    if (!isBlank(lines[i - 1]!) || isBlank(lines[i]!) || excluded(i)) continue;
    const heading = runOnHeading(lines[i]!.flat);
    if (!heading || (at.length === 0 && !OPENING.has(heading.title.toLowerCase()))) continue;
    at.push(i);
    read.push(heading);
  }
  if (at.length < MIN_HEADINGS) return [];
  const items = pointsAt(lines, at, end, excluded, 'heading', (_i, k) => read[k]!.title);
  items.forEach((item, k) => (item.runOn = read[k]!.text));
  return items;
}
