// One pdf.js text item → one Run: its text and where it stands, in points from the page's
// top-left corner as a reader sees the page (the viewport applied), turned upright.
// Layout needs nothing else: no fonts, no colours.

export interface Run {
  text: string;
  /** Left edge and baseline, in points, in the frame where this run reads left to right. */
  x: number;
  y: number;
  /** Advance along the line, in points. */
  width: number;
  /** Font size, in points. */
  size: number;
  /** The item began or ended with a space that has no width of its own in the geometry. */
  spaceBefore: boolean;
  spaceAfter: boolean;
  /** Quarter turns of the text direction: 0 upright, 1 reading downwards, 2 upside down, 3 upwards. */
  turn: number;
}

// a line break inside an item would break finsam's line numbering: the text layer's own
// line ends carry no meaning here (lines come from positions)
const BREAKS = /[\n\v\f\r\u0085\u2028\u2029]/g;

/** `m` is the item's transform in viewport space (y grows downwards). Blank items give null. */
export function toRun(str: string, m: readonly number[], width: number): Run | null {
  const clean = str.replace(BREAKS, ' ');
  const text = clean.trim();
  if (text === '') return null;
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = m;
  const size = Math.hypot(c, d);
  if (!(size > 0) || !Number.isFinite(e) || !Number.isFinite(f) || !Number.isFinite(width)) return null;
  const turn = (((Math.round(Math.atan2(b, a) / (Math.PI / 2)) % 4) + 4) % 4);
  const [cos, sin] = [[1, 0], [0, 1], [-1, 0], [0, -1]][turn]!;
  return {
    text,
    x: e * cos! + f * sin!,
    y: -e * sin! + f * cos!,
    width: Math.abs(width),
    size,
    spaceBefore: clean.length > 0 && clean[0] === ' ',
    spaceAfter: clean.length > 0 && clean[clean.length - 1] === ' ',
    turn,
  };
}

/** The runs that go the way most of the page's text goes (by characters), and how many do not. */
export function uprightRuns(runs: readonly Run[]): { upright: Run[]; turned: number } {
  const weight = [0, 0, 0, 0];
  for (const r of runs) weight[r.turn]! += r.text.length;
  const main = weight.indexOf(Math.max(...weight));
  const upright = runs.filter((r) => r.turn === main);
  return { upright, turned: runs.length - upright.length };
}
