// A lone hour in the list of who took part says when one person came or left (`Eva Ek (S), lämnade mötet kl 10.45`,
// `Bo Lind, Region Ekland, från kl 10.15`, `Per Ås t.o.m. kl 15.00`): where the header's own hours were not written
// before it, the first hours the header holds are that person's, not the meeting's start.
import { PERSON_HOURS_WORDS } from '../../lexicon/sv.js';
import type { TimeHit } from '../../text/dates.js';
import { hintOf } from '../../text/hint.js';
import { ANY_LETTER } from '../../text/letters.js';
import { alternation } from '../../text/patterns.js';
import { labelAt } from '../../text/labels.js';

// the word, perhaps `kl.`, then the hour
const PERSON_BEFORE = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(PERSON_HOURS_WORDS)})[\\s,:]*(?:(?:kl\\.?|klockan)\\s*)?$`, 'iu');
// (the words plain first: most text before hours names no coming or going)
const MAY_NAME_PERSON = hintOf(PERSON_HOURS_WORDS);
// how far before the hour the word may stand
const REACH = 32;

/**
 * A lone hour right after a word of a person's coming or going (a range of hours is a meeting's or a break's), in an
 * entry of the list: a comma or a bracket after the person's name before it, and no field's label opening the line
 * (`Tid: från kl 13.00` is the meeting's).
 */
export function isPersonHours(text: string, hit: TimeHit): boolean {
  if (hit.end !== null) return false;
  const before = text.slice(Math.max(0, hit.index - REACH), hit.index);
  if (!MAY_NAME_PERSON.test(before) || !PERSON_BEFORE.test(before)) return false;
  const entry = text.slice(0, hit.index);
  return (entry.includes(',') || entry.includes('(')) && labelAt(text) === null;
}
