// The notice page that Swedish-language Finnish and Åland minutes print after their front page
// (`KALLELSE   Utfärdat den 2.2.2026`, or `KALLELSESIDA`, over the meeting's time and place and
// the points of the meeting), before the §§ that take those points up: the minutes' own page,
// no notice of its own. Its kind's word opens it and its points follow the page's header lines.
import type { Line } from '../text/line.js';
import { nextContent } from '../text/line.js';
import { recogniseItemHeader } from '../text/numbering.js';
import { listsLaterItems, type KindTitle } from './titles.js';

// how many lines of its own header (`Sammanträdestid`, `Sammanträdesplats`, `Ärendets nr   Ärende`) stand over its points
const HEADER_LINES = 6;

/**
 * Where the points of a notice page titled at line i end, when its first point comes back as a § further on
 * (the minutes' own page, read before their first §); else -1.
 */
export function ownNoticePageEnd(lines: readonly Line[], i: number, title: KindTitle): number {
  if (title.kind !== 'notice') return -1;
  let k = i;
  for (let seen = 0; seen <= HEADER_LINES; seen++) {
    k = nextContent(lines, k + 1);
    if (k < 0) return -1;
    const point = recogniseItemHeader(lines[k]!);
    if (point === null) continue;
    if (point.number === null || point.rest === '') return -1;
    let end = k + 1;
    // (the points in the first one's style: the § pages after them open with the first point's § in another)
    for (let n = nextContent(lines, end); n >= 0 && recogniseItemHeader(lines[n]!)?.style === point.style; n = nextContent(lines, n + 1)) end = n + 1;
    // (the first point, its heading written out again over its § further on)
    return listsLaterItems(lines, k - 1) || headsLaterParagraph(lines, end, point.number) ? end : -1;
  }
  return -1;
}

// how far below the page's points the § of its first point may stand
const LATER_REACH = 400;

/** A § numbered as the page's first point (`§ 14`, or `14` read so) heads an item below the page's points (`14   Laglighet …` listed in a column). */
function headsLaterParagraph(lines: readonly Line[], from: number, number: number): boolean {
  const end = Math.min(lines.length, from + LATER_REACH);
  for (let j = from; j < end; j++) {
    const text = lines[j]!.text;
    // (a § heading opens with the sign)
    if (text.charCodeAt(0) !== 0xa7) continue;
    const h = recogniseItemHeader(lines[j]!);
    if (h !== null && h.style === 'paragraph' && h.number === number) return true;
  }
  return false;
}
