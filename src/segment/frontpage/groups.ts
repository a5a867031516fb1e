// The front page's values in groups (between blank lines, rules, leaders) and in lines.
import type { Piece } from './pieces.js';

/** Pieces grouped where a new group starts (after a blank line, a rule or a leader). */
export function groupsOf(pieces: readonly Piece[]): Piece[][] {
  const out: Piece[][] = [];
  for (const p of pieces) {
    if (p.groupStart || out.length === 0) out.push([p]);
    else out[out.length - 1]!.push(p);
  }
  return out;
}

export function linesOf(pieces: readonly Piece[]): Piece[][] {
  const out: Piece[][] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (last && last[0]!.at === p.at) last.push(p);
    else out.push([p]);
  }
  return out;
}
