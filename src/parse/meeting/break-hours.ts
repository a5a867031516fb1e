// The hours of a break or of a gathering beside the meeting, written in its place-and-time value after the
// meeting's own (`kl. 08:45-14:52 Ajournering för kaffe kl. 10:15-10:35`, `Gruppmöten 09:00 10:00`): where the
// meeting's hours were lost in the extraction (`Kommunhuset kl Ajournering kl. 12.00-13.00`), the first hours the
// value still holds are the break's, not the meeting's.
import { MEETING_BREAKS, SIDE_GATHERINGS } from '../../lexicon/sv.js';
import type { TimeHit } from '../../text/dates.js';
import { hintOf } from '../../text/hint.js';
import { ANY_LETTER } from '../../text/letters.js';
import { alternation } from '../../text/patterns.js';

const WORDS = [...MEETING_BREAKS, ...SIDE_GATHERINGS];
// the word, perhaps what the break is for (`Ajournering för kaffe`, `paus med lunch`), perhaps `kl.`, then the hours
const BREAK_BEFORE = new RegExp(
  `(?<![${ANY_LETTER}])(?:${alternation(WORDS)})(?:\\s+(?:för|med)\\s+[${ANY_LETTER}]+)?[\\s,:]*(?:(?:kl\\.?|klockan)\\s*)?$`,
  'iu',
);
// (the words plain first: most text before hours names no break)
const MAY_NAME_BREAK = hintOf(WORDS);
// how far before the hours the word may stand
const REACH = 40;

/** The hours stand right after a break's or a side gathering's word. */
export function isBreakHours(text: string, hit: TimeHit): boolean {
  const before = text.slice(Math.max(0, hit.index - REACH), hit.index);
  return MAY_NAME_BREAK.test(before) && BREAK_BEFORE.test(before);
}
