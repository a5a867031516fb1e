// A notice is signed by whoever sends it (`Anna Ek` / `ordförande` under its points, `Enligt uppdrag` / `Per Ås`), never
// by its roll. A signer's label and a name in the roll (`Kallade` / `Ordförande  Anna Ek`, `Ersättare` / … /
// `Sekreterare` / `Hans Berg`, `Kallade:` / `Hans Berg, sekreterare` after the points) look like a signature block; what
// tells them apart is what stands above: a roll's heading over the rows that lead down to the block, where a signer
// stands under the points, a greeting or a sentence.
import { ROLE_HEADINGS } from '../../lexicon/sv.js';
import type { Range } from '../../segment/items.js';
import { ANY_LETTER } from '../../text/letters.js';
import { isBlank, type Line } from '../../text/line.js';
import { recogniseItemHeader } from '../../text/numbering.js';
import { alternation, opensLikeTwo } from '../../text/patterns.js';

const ROLE_WORDS = ROLE_HEADINGS.flatMap((r) => r.words);
const ROLE_HEADING = new RegExp(`^(?:${alternation(ROLE_WORDS)})(?![${ANY_LETTER}])`, 'iu');
const mayOpenRole = opensLikeTwo(ROLE_WORDS);
// a row of a roll is a short line; a sentence, a greeting or a call (`Välkomna!`, `Anmäl förhinder till …`) ends in its mark
const ROW_LENGTH = 80;
const ENDS_SENTENCE = /[.!?]$/u;
// how many lines above a block a roll's heading may stand
const ROLL_REACH = 40;

/** The blocks of a notice that sign it: not those that are rows of its roll, under a roll's heading. */
export function withoutRollRows(lines: readonly Line[], blocks: readonly Range[], start: number): Range[] {
  const out: Range[] = [];
  for (const b of blocks) if (rollHeadingAbove(lines, b.start, start) < 0) out.push(b);
  return out;
}

/**
 * Where a notice's last lines are read for its signer: before the roll it ends with (`Kallade:` / `Per Ås, ledamot` /
 * `Hans Berg, sekreterare`, after the points and the signer), else to its end.
 */
export function beforeRollAtEnd(lines: readonly Line[], start: number, end: number): number {
  let last = end - 1;
  while (last >= start && isBlank(lines[last]!)) last--;
  if (last < start) return end;
  const heading = rollHeadingAbove(lines, last + 1, start);
  return heading < 0 ? end : heading;
}

/** Going up from line `at`, over rows only (short lines, no sentence, no item's heading), the roll's heading met first; or -1. */
function rollHeadingAbove(lines: readonly Line[], at: number, start: number): number {
  for (let k = at - 1; k >= start && k >= at - ROLL_REACH; k--) {
    const line = lines[k]!;
    if (isBlank(line)) continue;
    const flat = line.flat;
    // (a transcript's page run on in one line: no rows to read)
    if (line.cutOut || flat.length > ROW_LENGTH || ENDS_SENTENCE.test(flat)) return -1;
    if (mayOpenRole(flat) && ROLE_HEADING.test(flat)) return k;
    if (recogniseItemHeader(line) !== null) return -1;
  }
  return -1;
}
