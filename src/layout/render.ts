// Lines → text in the manner of `pdftotext -layout`: each chunk at the column its left
// edge stands at, on a grid of one character cell per `unit` points, so that a label
// column, a value column and the cells of a grid line up from line to line. A chunk never
// comes closer than two spaces to the one before it (two spaces is how the text stages
// tell columns from words), and a wide vertical gap becomes a blank line.
import type { TextLine } from './lines.js';

export interface Grid {
  /** Points per character cell. */
  unit: number;
  /** The x (points) of column 0: the document's left margin. */
  left: number;
}

/** At most this many blank lines stand for a vertical gap, however wide. */
const MAX_BLANKS = 2;

export function renderPage(lines: readonly TextLine[], grid: Grid): string[] {
  const out: string[] = [];
  const lead = lineSpacing(lines);
  let previous: TextLine | undefined;
  for (const line of lines) {
    if (previous) {
      // a line's distance is the page's usual one, or less where both lines are small
      // (two names of 8 points 18 points apart are a paragraph apart on a page of 11)
      const usual = Math.min(lead, 1.25 * Math.max(line.size, previous.size));
      const blanks = Math.min(MAX_BLANKS, Math.round((line.y - previous.y) / usual) - 1);
      for (let i = 0; i < blanks; i++) out.push('');
    }
    out.push(renderLine(line, grid));
    previous = line;
  }
  return out;
}

function renderLine(line: TextLine, grid: Grid): string {
  let s = '';
  for (const chunk of line.chunks) {
    const column = Math.max(0, Math.round((chunk.x0 - grid.left) / grid.unit));
    s = s === '' ? ' '.repeat(column) + chunk.text : s + ' '.repeat(Math.max(2, column - s.length)) + chunk.text;
  }
  return s;
}

/** The usual distance between baselines on the page: the median of the gaps a line's own size explains. */
function lineSpacing(lines: readonly TextLine[]): number {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const gap = lines[i]!.y - lines[i - 1]!.y;
    if (gap < 2 * lines[i]!.size) gaps.push(gap);
  }
  if (gaps.length === 0) return 1.2 * (lines[0]?.size ?? 10);
  gaps.sort((a, b) => a - b);
  return Math.max(gaps[gaps.length >> 1]!, 1);
}

/**
 * The grid for a whole document: column 0 at the leftmost text, and a cell as wide as a
 * narrow character (the median over pages of each page's narrow characters), so that
 * text rarely overruns the column of the chunk after it.
 */
export function gridOf(pages: readonly (readonly TextLine[])[], pageUnits: readonly number[]): Grid {
  let left = Infinity;
  for (const lines of pages) for (const l of lines) for (const c of l.chunks) left = Math.min(left, c.x0);
  const units = pageUnits.filter((u) => u > 0).sort((a, b) => a - b);
  const unit = units.length ? units[units.length >> 1]! : 5;
  return { unit: Math.max(unit, 1), left: Number.isFinite(left) ? left : 0 };
}

/** A page's narrow character: the 10th percentile of its runs' average character widths. */
export function narrowCharacter(runs: readonly { text: string; width: number }[]): number {
  const widths: number[] = [];
  for (const r of runs) if (r.text.length >= 2 && r.width > 0) widths.push(r.width / r.text.length);
  if (widths.length === 0) return 0;
  widths.sort((a, b) => a - b);
  return widths[Math.floor(widths.length / 10)]!;
}
