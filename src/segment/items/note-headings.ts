// Notes (and minutes) that number nothing: each subject under a short heading line of its own
// (`Uppföljning av insatser` / `Olle redovisade läget …`).
import { OPENING_POINTS } from '../../lexicon/sv.js';
import { isBlank, type Line } from '../../text/line.js';
import { labelAt } from '../../text/labels.js';
import type { ItemSegment } from './types.js';
import { pointsAt } from './bullets.js';
import { UPPER_LETTER } from '../../text/letters.js';

// notes with fewer headings than this are read as prose
const MIN_HEADINGS = 3;
// a heading is a few words on a short line
const HEADING_LENGTH = 60;
const HEADING_WORDS = 8;
// a capital first; no colon (a label's) and no sentence's end
const HEADING = new RegExp(`^[${UPPER_LETTER}][^:]*[^.!?,;:\\s]$`, 'u');

const mayHead = (text: string): boolean =>
  text.length >= 3 && text.length <= HEADING_LENGTH && HEADING.test(text) && text.split(' ').length <= HEADING_WORDS && labelAt(text) === null;

/** The next line with text after `i`, a blank line at most between; -1 if none. */
function textUnder(lines: readonly Line[], i: number, end: number): number {
  let k = i + 1;
  if (k < end && isBlank(lines[k]!)) k++;
  return k < end && !isBlank(lines[k]!) ? k : -1;
}

const OPENING = new Set<string>(OPENING_POINTS);

// `•`, `-`, `–`, `*`, `▪`, `o`: a bullet and its space
const BULLETED = /^[•·▪○◦\-–*o]\s/u;
/**
 * No blank line sets the heading off, but bullets under it do, after the bullets of the subject before it or after the
 * header's last label (`Närvarande: …` / `Ekonomisk uppföljning` / `• Utfallet …`): notes written without blank lines.
 */
function headsBulletsAfterList(lines: readonly Line[], i: number, end: number): boolean {
  if (i + 1 >= end || !BULLETED.test(lines[i + 1]!.flat)) return false;
  const above = lines[i - 1]!.flat;
  return BULLETED.test(above) || labelAt(above) !== null;
}

/**
 * The subjects of notes that number none: a short capitalised line after a blank line, not a
 * label of the front page, with text (or bullets) under it that is no such heading itself.
 * Asked only where no numbering was found, and only for three headings or more; of minutes and
 * notices (`opening`) only where the first heading opens the meeting (`Mötets öppnande`).
 */
export function noteHeadingItems(lines: readonly Line[], start: number, end: number, excluded: (i: number) => boolean, opening = false): ItemSegment[] {
  const at: number[] = [];
  for (let i = start + 1; i < end; i++) {
    const line = lines[i]!;
    if (!(isBlank(lines[i - 1]!) || headsBulletsAfterList(lines, i, end)) || excluded(i) || !mayHead(line.flat)) continue;
    const under = textUnder(lines, i, end);
    if (under === -1 || excluded(under) || labelAt(lines[under]!.flat) !== null) continue;
    // (a heading over another heading is a title, or a list of names)
    if (under === i + 1 && mayHead(lines[under]!.flat) && !/[.!?]$/u.test(lines[under + 1]?.flat ?? '')) continue;
    at.push(i);
  }
  if (at.length < MIN_HEADINGS) return [];
  if (opening && !OPENING.has(lines[at[0]!]!.flat.toLowerCase())) return [];
  return pointsAt(lines, at, end, excluded, 'heading', (i) => lines[i]!.flat);
}
