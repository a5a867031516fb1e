// How a notice closes after its last point (`Välkomna!`, `Anmäl förhinder till sekreteraren.`):
// a line that opens so is no point's text, nor the text a lettered list of points goes on into.
import { NOTICE_CLOSINGS } from '../lexicon/sv.js';

// every closing's first letter, in either case: most lines are passed by at once
const CLOSING_LETTERS = new Set<string>(NOTICE_CLOSINGS.flatMap((w) => [w.charAt(0), w.charAt(0).toUpperCase()]));
const LETTER = /\p{L}/u;

/** The (collapsed) text of a line opens with a notice's closing. */
export function opensNoticeClosing(flat: string): boolean {
  if (!CLOSING_LETTERS.has(flat.charAt(0))) return false;
  const lower = flat.toLowerCase();
  return NOTICE_CLOSINGS.some((w) => lower.startsWith(w) && !LETTER.test(lower.charAt(w.length)));
}
