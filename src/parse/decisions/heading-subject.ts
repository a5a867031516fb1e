// The organ that opens a clause under a decision heading (`Beslut` / `Styrelsen tackar för
// informationen.`, `Stadsfullmäktige godkände …` where the page names no organ of its own): the
// heading says that the clause decides, so the organ it opens with is who decides, whatever its verb.
import { findBody } from '../meeting/organisation.js';
import { opensSentence } from '../../text/sentence-start.js';
import { ANY_LETTER, LOWER_LETTER, OPENS_UPPER, UPPER_LETTER } from '../../text/letters.js';

// the subject before the verb: capitalised words (an organ's name), or a genitive and a noun (`Socialnämndens arbetsutskott`);
// then the verb's word
const SUBJECT = new RegExp(`^([${UPPER_LETTER}][${ANY_LETTER}-]*(?:\\s[${UPPER_LETTER}][${ANY_LETTER}-]*){0,2}(?:(?<=[${LOWER_LETTER}]s)\\s([${LOWER_LETTER}]{4,}))?)\\s([${LOWER_LETTER}]+)`, 'u');

/** The organ that a clause opens with as the subject of its verb, as written; null where it opens otherwise. */
export function openingOrgan(text: string): string | null {
  // (a capital first: a clause that opens with `att`, a bullet or a number has no subject of its own)
  if (!OPENS_UPPER.test(text) || !opensSentence(text)) return null;
  const m = SUBJECT.exec(text);
  // (a verb in the passive, `Kommunstyrelsen utses …`, `Nämnden beviljas …`: its subject is what is decided on, not who decides)
  if (!m || m[3]!.endsWith('s')) return null;
  // (`Kommunstyrelsens ordförande`: an organ's officer, no organ; `Socialnämndens arbetsutskott`: an organ of an organ)
  if (m[2] !== undefined && findBody(m[2])?.index !== 0) return null;
  const found = findBody(m[1]!);
  return found !== null && found.index === 0 ? m[1]! : null;
}
