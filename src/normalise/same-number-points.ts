// A list whose every point carries the same number (`1. Mötets öppnande` / `1. Val av justerare` / `1. Budget` …): an
// HTML ordered list copied as text with its counters reset, or a word processor's numbering lost but for the first
// number. The points are numbered by their order: the first keeps its number, each next one counts on from it. Taken
// are three such lines or more that stand together (only blank lines between them), or, where the text opens no line
// with any other number, all of them (minutes whose points each lost their number to `1.`, their texts between).
// Only the number changes: every line keeps its place and the rest of its text.
import { UPPER_LETTER } from '../text/letters.js';

// a point's number at the line's start (after its indent), its full stop or bracket, a space, then a capital or a quote
const NUMBERED_LINE = new RegExp(`^([ \\t]*)(\\d{1,3})([.)])[ \\t]+(?=["”(${UPPER_LETTER}])`, 'gmu');
// (a cheap first look: a line that opens with a number and its mark)
const MAY_NUMBER = /^[ \t]*\d{1,3}[.)][ \t]/mu;
// a point's title, not a sentence of a body (`1. Nämnden godkänner förslaget.`): a heading's length, no sentence's end
const TITLE_LENGTH = 90;
// (a § sign that opens a line, after an organ's letters or not: `§ 12`, `KS § 12`)
const PARAGRAPH_HEADING = /^[ \t]*(?:[A-ZÅÄÖ]{1,6}[ \t]*)?§/mu;
// so many alike make a list, not a point and its one sub-point
const MIN_ALIKE = 3;

interface Numbered {
  at: number;
  /** where the number starts and ends */
  from: number;
  to: number;
  number: number;
  mark: string;
}

export function restoreSameNumberPoints(text: string): string {
  if (!MAY_NUMBER.test(text)) return text;
  const found: Numbered[] = [];
  for (const m of text.matchAll(NUMBERED_LINE)) {
    const from = m.index + m[1]!.length;
    found.push({ at: m.index, from, to: from + m[2]!.length, number: Number(m[2]), mark: m[3]! });
  }
  if (found.length < MIN_ALIKE) return text;
  // (not where §§ head the points: their bodies' one-line lists, `Beslut` / `1. Nämnden beviljar bygglov.`, are no points)
  const alike = !PARAGRAPH_HEADING.test(text) && found.every((f) => f.number === found[0]!.number && f.mark === found[0]!.mark && titleLike(text, f.to + 1));
  const runs = alike ? [found] : tightRuns(text, found);
  if (runs.length === 0) return text;
  let out = '';
  let last = 0;
  for (const run of runs) {
    run.forEach((f, k) => {
      out += text.slice(last, f.from) + String(run[0]!.number + k);
      last = f.to;
    });
  }
  return out + text.slice(last);
}

/**
 * The runs of three or more lines of the same number and mark with only blank lines between them, as many between each
 * two as between the first two (`1. Anna Ek` / `1. Bo Berg` / `1. Siv Al` / blank / `1. Val av justerare`: the roll
 * ends at its blank line, the point under it is none of its).
 */
function tightRuns(text: string, found: readonly Numbered[]): Numbered[][] {
  const runs: Numbered[][] = [];
  let run: Numbered[] = [];
  let gap = -1;
  const close = (): void => {
    if (run.length >= MIN_ALIKE) runs.push(run);
    run = [];
    gap = -1;
  };
  for (const f of found) {
    const prev = run[run.length - 1];
    const blanks = prev ? blankLinesBetween(text, prev.at, f.at) : -1;
    if (prev && (f.number !== prev.number || f.mark !== prev.mark || blanks < 0 || (gap >= 0 && blanks !== gap))) close();
    else if (prev) gap = blanks;
    run.push(f);
  }
  close();
  return runs;
}

/** How many blank lines stand between the line at `a` and the line at `b`, or -1 where a line with text does. */
function blankLinesBetween(text: string, a: number, b: number): number {
  const end = text.indexOf('\n', a);
  if (end < 0 || end >= b) return -1;
  let blanks = 0;
  for (let i = end + 1; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) blanks++;
    else if (c !== 13 && c !== 32 && c !== 9) return -1;
  }
  return blanks;
}

/** Whether the rest of the line from `from` reads as a point's title. */
function titleLike(text: string, from: number): boolean {
  let end = text.indexOf('\n', from);
  if (end < 0) end = text.length;
  const rest = text.slice(from, end).trim();
  if (rest.length > TITLE_LENGTH) return false;
  const last = rest.charCodeAt(rest.length - 1);
  // `!`, `?`, `,`, `;`: no title ends so
  if (last === 33 || last === 63 || last === 44 || last === 59) return false;
  // (nor with a full stop: spread through a text, a line that ends so is a sentence of it, `1. Hyran höjs.`)
  return last !== 46;
}
