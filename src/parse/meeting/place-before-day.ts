// A kungörelse's or an agenda page's sentence that names the place before the day: `Kommunfullmäktige sammanträder i
// Älvsalen biblioteket, måndag 16 mars klockan 19.`, `Sammanträde med nyvalda regionfullmäktige för Ekby i
// sessionssalen, Kommunhuset, Storgatan 2, Ekby, tisdagen den 3 november 2026 kl 10.00.` The place runs from the
// meeting's `i` or `på` to the comma before the weekday.
import { MONTHS, WEEKDAYS } from '../../lexicon/sv.js';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';
import { alternation, capitalise, trimOf } from '../../text/patterns.js';

const DAYS = [...WEEKDAYS, ...WEEKDAYS.map(capitalise)];
const PLACE_BEFORE_DAY = new RegExp(
  `(?<![${ANY_LETTER}])(?:[Ss]ammanträder|[Ss]ammanträde|[Mm]öte|[Mm]ötet)(?![${ANY_LETTER}])[^.]{0,100}?\\s(?:i|på)\\s+` +
    // the place: a name, or a room's definite noun before its comma (`sessionssalen, Kommunhuset`)
    `((?:[${UPPER_LETTER}]|[${LOWER_LETTER}]+(?:et|en),\\s)[^.]{2,100}?),?\\s+` +
    `(?:${alternation(DAYS)})\\s+(?:den\\s+)?\\d{1,2}\\s+(?:${alternation(Object.keys(MONTHS))})(?![${ANY_LETTER}])`,
  'u',
);

/** The place such a sentence on the line names before the day, or null. */
export function placeBeforeDay(text: string): string | null {
  // (its words asked plain first: most lines speak of no meeting, and the pattern tries every place of them)
  if (!text.includes(' i ') && !text.includes(' på ')) return null;
  const lower = text.toLowerCase();
  if (!lower.includes('sammanträd') && !lower.includes('möte')) return null;
  const m = PLACE_BEFORE_DAY.exec(text);
  return m ? trimOf(m[1]!, ',;:–-') : null;
}
