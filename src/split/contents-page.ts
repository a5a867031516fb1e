// The table of contents of minutes as a page of its own before their front page, as Swedish-language Finnish minutes
// print it (`nr 2/2013 INNEHÅLLSFÖRTECKNING` / `KST 24 Mötets konstituering` / `KST 25 …`, no text under any entry), then
// `MÖTESPROTOKOLL` atop the next page: the minutes' own first page, no document of its own.
import { CONTENTS_HEADINGS_LOOSE } from '../lexicon/sv.js';
import { isBlank, type Line } from '../text/line.js';
import { recogniseItemHeader } from '../text/numbering.js';
import { alternation } from '../text/patterns.js';
import { ANY_LETTER } from '../text/letters.js';

// the words that head a table of contents and nothing else (`Ärenden`, `Ärendelista` head a notice's points too)
const CONTENTS_WORD = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(CONTENTS_HEADINGS_LOOSE)})(?![${ANY_LETTER}])`, 'iu');
// its heading's line is short (the page's number, the protocol's, the heading)
const HEADING_LENGTH = 60;
// the lines besides the heading and the entries: a site's title of the document, a page's head
const OTHER_LINES = 3;
// a list has this many entries at least
const MIN_ENTRIES = 3;

/** The lines from `from` up to `to` are a contents heading and its entries only, each entry a line of its own. */
export function contentsPageOnly(lines: readonly Line[], from: number, to: number): boolean {
  let heading = false;
  let entries = 0;
  let other = 0;
  for (let k = from; k < to; k++) {
    const line = lines[k]!;
    if (isBlank(line)) continue;
    if (recogniseItemHeader(line) !== null) entries++;
    else if (!heading && line.flat.length <= HEADING_LENGTH && CONTENTS_WORD.test(line.flat)) heading = true;
    else if (++other > OTHER_LINES) return false;
  }
  return heading && entries >= MIN_ENTRIES;
}
