// A heading of another kind inside minutes (`Dagordning` over the agenda they followed, `Kallelse` over a §'s text, a
// `FÖREDRAGNINGSLISTA` page the minutes print) opens a document of its own only where a title page starts under it:
// the heading's meeting frame, a whole date or a header's label (`Tid`, `Plats`, `Datum`), before any item's heading.
import { HEADER_LABELS } from '../lexicon/sv.js';
import { isBlank, type Line } from '../text/line.js';
import { dateUnderTitle } from '../text/meeting-date.js';
import { recogniseItemHeader } from '../text/numbering.js';
import { alternation, opensLikeTwo } from '../text/patterns.js';
import { ANY_LETTER } from '../text/letters.js';

const FRAME_WORDS = [...HEADER_LABELS.date, ...HEADER_LABELS.time, ...HEADER_LABELS.place];
// (a label opening its line, not the word ending a wrapped sentence: `… avgöras i` / `dag.`)
const FRAME_LABEL = new RegExp(`^(?:${alternation(FRAME_WORDS)})(?![${ANY_LETTER}])(?!\\s*\\.$)`, 'iu');
const mayOpenFrame = opensLikeTwo(FRAME_WORDS);
// how many content lines under the heading its frame may stand on
const FRAME_REACH = 4;

/** The heading on lines `titleLines` stands over a meeting's frame of its own: a whole date, or `Tid`/`Plats`/`Datum`, before any item. */
export function opensTitlePage(lines: readonly Line[], titleLines: readonly number[]): boolean {
  const first = titleLines[0]!;
  const last = titleLines[titleLines.length - 1]!;
  if (dateUnderTitle(lines, first, last) !== null) return true;
  for (let k = last + 1, seen = 0; k < lines.length && seen < FRAME_REACH; k++) {
    const line = lines[k]!;
    if (isBlank(line)) continue;
    seen++;
    if (recogniseItemHeader(line)) return false;
    if (mayOpenFrame(line.flat) && FRAME_LABEL.test(line.flat)) return true;
  }
  return false;
}
