// How a notice closes after its last point (`Välkomna!`, `Anmäl förhinder till sekreteraren.`,
// the dateline `Åsby den 8 april 2024` over the signers): a line that opens so is no point's
// text, nor the text a lettered list of points goes on into.
import { NOTICE_CLOSINGS } from '../lexicon/sv.js';
import { findDates } from './dates.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from './letters.js';

// every closing's first letter, in either case: most lines are passed by at once
const CLOSING_LETTERS = new Set<string>(NOTICE_CLOSINGS.flatMap((w) => [w.charAt(0), w.charAt(0).toUpperCase()]));
const LETTER = new RegExp(`[${ANY_LETTER}]`, 'u');
// a place of one to three capitalised words, a comma perhaps and `den`, then the day (read by findDates)
const DATELINE_PLACE = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}-]+(?: [${UPPER_LETTER}][${LOWER_LETTER}-]+){0,2},? (?:den )?(?=\\d)`, 'u');
// no dateline is longer
const DATELINE_LENGTH = 60;

/** The (collapsed) text of a line opens with a notice's closing. */
export function opensNoticeClosing(flat: string): boolean {
  if (flat.length <= DATELINE_LENGTH && isDateline(flat)) return true;
  if (!CLOSING_LETTERS.has(flat.charAt(0))) return false;
  const lower = flat.toLowerCase();
  return NOTICE_CLOSINGS.some((w) => lower.startsWith(w) && !LETTER.test(lower.charAt(w.length)));
}

/** `Åsby den 8 april 2024`, `Vikby 2024-04-08`: the place and day the notice was written, and nothing else. */
function isDateline(flat: string): boolean {
  const place = DATELINE_PLACE.exec(flat);
  if (!place) return false;
  const dates = findDates(flat.slice(place[0].length));
  return dates.length === 1 && dates[0]!.index === 0 && dates[0]!.length === flat.length - place[0].length && dates[0]!.year !== null;
}
