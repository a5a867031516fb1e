// Cheap tests and counts on a list's text before it is read as people.
import type { ParticipantFields } from './line.js';
import { kindOf } from './words.js';
import { LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

// pairs may overlap: `Valsamordnare Emma Söder` holds `Emma Söder` after a position
const NAME_PAIRS = new RegExp(`([${UPPER_LETTER}][${LOWER_LETTER}]+)[ -](?=([${UPPER_LETTER}][${LOWER_LETTER}]+))`, 'gu');
/** Pairs of capitalised words that could be a first and a last name (not `Västra Götalandsregionen`), counted up to `enough`. */
export function namePairs(text: string, enough: number): number {
  let n = 0;
  // (read with exec: matchAll would copy the pattern at every call)
  NAME_PAIRS.lastIndex = 0;
  for (let m = NAME_PAIRS.exec(text); m !== null; m = NAME_PAIRS.exec(text)) if (kindOf(m[1]!) === 'cap' && kindOf(m[2]!) === 'cap' && ++n >= enough) break;
  NAME_PAIRS.lastIndex = 0;
  return n;
}
export const isPerson = (p: ParticipantFields | null): p is ParticipantFields => p !== null && p.name.includes(' ');
// a person's name is two capitalised words at least, so the text holds two capitals: the cheap test before reading an entry
// (reading only takes capitals away: it writes positions out in lower case)
const TWO_CAPITALS = new RegExp(`[${UPPER_LETTER}]\\P{Lu}*[${UPPER_LETTER}]`, 'u');
export const mayNamePerson = (text: string): boolean => TWO_CAPITALS.test(text);

/** Each entry read, when every one names a person; null when one does not (the first that does not ends the reading). */
export function allPeople(entries: readonly string[], read: (text: string) => ParticipantFields | null): ParticipantFields[] | null {
  if (!entries.every(mayNamePerson)) return null;
  const out: ParticipantFields[] = [];
  for (const e of entries) {
    const fields = read(e);
    if (!isPerson(fields)) return null;
    out.push(fields);
  }
  return out;
}
