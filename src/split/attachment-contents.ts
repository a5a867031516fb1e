// A paper bound after a notice's points or signed minutes that has a head of its own and a table of contents: a report,
// an utredning, a tjänsteskrivelse, a PM (`Tjänsteskrivelse` / `2023-09-20` / `Dnr SF 2023/44` / `Översyn av …` /
// `Innehållsförteckning` / `1 Sammanfattning ..... 2` / …). Its contents' entries, each with its page's number after a
// leader, are the paper's chapters, no points of the notice: the paper is a document of its own, from its head on.
import { CONTENTS_HEADINGS_LOOSE } from '../lexicon/sv.js';
import { isBlank, type Line } from '../text/line.js';
import { alternation } from '../text/patterns.js';

const CONTENTS_HEADING = new RegExp(`^(?:${alternation(CONTENTS_HEADINGS_LOOSE)})\\s*:?$`, 'iu');
// (every such heading holds these letters, in capitals or not: most lines are passed by before the pattern)
const mayHeadContents = (text: string): boolean => text.length <= HEADING_LENGTH && (text.includes('nnehåll') || text.includes('NNEHÅLL'));
const HEADING_LENGTH = 30;
// how many content lines the paper's head may hold before its contents heading (kind, day, number, title, subtitle, author)
const HEAD_LINES = 8;
// blank lines in a row that part the paper's head from what stands above it
const GAP = 2;
// a head's line is short and ends no sentence
const HEAD_LINE_LENGTH = 120;
// a table of contents has this many entries at least, each a line with its leader to a page's number
const MIN_ENTRIES = 3;

/**
 * The lines from `i` on are a paper's head (short lines, no leader, no sentence nor a greeting's `Välkomna!`, no gap of
 * blank lines within) over its table of contents.
 */
export function opensPaperWithContents(lines: readonly Line[], i: number): boolean {
  for (let k = i, n = 0, blanks = 0; k < lines.length && n < HEAD_LINES; k++) {
    const line = lines[k]!;
    if (isBlank(line)) {
      if (++blanks >= GAP) return false;
      continue;
    }
    blanks = 0;
    n++;
    const text = line.flat;
    if (line.leader || text.length > HEAD_LINE_LENGTH || /[.!]$/u.test(text)) return false;
    if (mayHeadContents(text) && CONTENTS_HEADING.test(text)) return k > i && entriesAfter(lines, k) >= MIN_ENTRIES;
  }
  return false;
}

/** How many lines with a leader follow the heading at `k`, up to the first line without one (counted up to MIN_ENTRIES). */
function entriesAfter(lines: readonly Line[], k: number): number {
  let entries = 0;
  for (let j = k + 1; j < lines.length && entries < MIN_ENTRIES; j++) {
    const line = lines[j]!;
    if (isBlank(line)) {
      if (entries > 0) break;
      continue;
    }
    if (!line.leader) break;
    entries++;
  }
  return entries;
}
