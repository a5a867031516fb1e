// Runs → lines in reading order (the model: pdfplumber's cluster_objects on the baseline,
// pdfminer.six's LAParams margins). Runs whose baselines lie within a fraction of their
// font size of each other share a line; along a line, runs closer than a column gap form
// one chunk (a phrase), joined with a space where the gap is a word space. A wider gap
// starts a new chunk: a label and its value, two participant columns, the cells of a
// signature grid stay apart, and render.ts keeps each chunk at its own column.
import type { Run } from '../pdf/runs.js';

/** A phrase on a line: runs joined across letter and word gaps. */
export interface Chunk {
  text: string;
  x0: number;
  x1: number;
}

export interface TextLine {
  /** Baseline, points from the top. */
  y: number;
  /** The largest font size on the line. */
  size: number;
  chunks: Chunk[];
}

/** Baselines closer than this × the smaller font size are one line (a superscript is not). */
const SAME_LINE = 0.4;
/** A gap wider than this × the font size joins with a space; narrower, directly (kerning). */
const WORD_GAP = 0.12;
/** A gap wider than this × the font size separates chunks: columns, not words. */
const COLUMN_GAP = 1.0;
/** A run that repeats the one before it this close is the same text drawn twice (fake bold). */
const DUPLICATE = 0.3;

export function linesOf(runs: readonly Run[]): TextLine[] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: Run[][] = [];
  let group: Run[] = [];
  let ref: Run | undefined;
  for (const r of sorted) {
    if (ref && r.y - ref.y <= SAME_LINE * Math.min(ref.size, r.size)) group.push(r);
    else {
      if (group.length) groups.push(group);
      group = [r];
      ref = r;
    }
  }
  if (group.length) groups.push(group);
  return groups.map(lineOf);
}

function lineOf(runs: Run[]): TextLine {
  runs.sort((a, b) => a.x - b.x);
  const chunks: Chunk[] = [];
  let last: Run | undefined;
  let chunk: Chunk | undefined;
  for (const r of runs) {
    if (last && chunk && isDuplicate(last, r)) continue;
    // the smaller size: a small label beside a large value is still two columns
    const em = last ? Math.min(last.size, r.size) : r.size;
    const gap = last ? r.x - (last.x + last.width) : Infinity;
    if (chunk && last && gap < COLUMN_GAP * em) {
      const space = gap > WORD_GAP * em || last.spaceAfter || r.spaceBefore;
      chunk.text += (space ? ' ' : '') + r.text;
      chunk.x1 = Math.max(chunk.x1, r.x + r.width);
    } else {
      chunk = { text: r.text, x0: r.x, x1: r.x + r.width };
      chunks.push(chunk);
    }
    last = r;
  }
  return { y: Math.min(...runs.map((r) => r.y)), size: Math.max(...runs.map((r) => r.size)), chunks };
}

const isDuplicate = (a: Run, b: Run): boolean =>
  a.text === b.text && Math.abs(a.x - b.x) < DUPLICATE * a.size && Math.abs(a.y - b.y) < DUPLICATE * a.size;
