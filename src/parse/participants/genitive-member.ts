// The member a deputy serves for, in the genitive before `ersättare`, as Swedish-language
// Finnish minutes write it in the position column (`Vik Sten   Ahls ersättare`, `Nord Lena
// Heijn-Åkers ersättare`): the deputy's name, two words at least, then the member's surname
// with the genitive's `s`. A given name ending in s (`Holm Claes ersättare`) is the deputy's
// own name, and a deputy named by one word before it (`Per Ros ersättare`) keeps it.
import { isGivenName } from '../../text/persons.js';
import { LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

const NAME_WORD = `[${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}'’]+)?`;
// the deputy's name, the member's surname in the genitive, `ersättare`, then the end or a comma
const GENITIVE_MEMBER = new RegExp(`^((?:${NAME_WORD})(?:\\s+(?:${NAME_WORD})){1,2})\\s+(${NAME_WORD})s\\s+(ersättare)(?=\\s*(?:$|,))`, 'u');

/** `Vik Sten Ahls ersättare` → the member (`Ahl`) and the text without the genitive; null for any other text. */
export function genitiveMember(text: string): { member: string; rest: string } | null {
  const m = GENITIVE_MEMBER.exec(text);
  if (!m || isGivenName(`${m[2]!}s`)) return null;
  return { member: m[2]!, rest: `${m[1]!} ${m[3]!}${text.slice(m[0].length)}` };
}
