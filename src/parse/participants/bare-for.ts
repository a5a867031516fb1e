// A deputy serving for a member, said with a bare `för` between two names without parties
// (`Bo Dal för Jan-Olof Ek`, under `Beslutande` as a direktion's or a board's minutes write
// it). With parties both sides (`Dan Fält (S) för Ebba Lind (S)`) the pattern in line.ts
// reads it; here the member must be a name whose first word is a known given name, and
// nothing but a remark, a party or §§ may follow, so `ansvarig för Region Norr`, `chef för
// ekonomi` and the like stay what they are.
import { PARTIES } from '../../lexicon/sv.js';
import { alternation } from '../../text/patterns.js';
import { isGivenName } from '../../text/persons.js';
import { LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

const NAME_WORD = `[${UPPER_LETTER}][${LOWER_LETTER}'’]+(?:-[${UPPER_LETTER}]?[${LOWER_LETTER}'’]+)*`;
const PARTY = `\\s*\\(\\s*(?:${alternation([...PARTIES, ...PARTIES.map((p) => p.toLowerCase())])})\\s*\\)`;
// the deputy's name (and party), `för`, the member's name (and party), then the end, a comma, a § or a number
const NAME_FOR_NAME = new RegExp(
  `^((?:${NAME_WORD})(?:\\s+(?:${NAME_WORD})){1,3}(?:${PARTY})?)\\s+för\\s+((?:${NAME_WORD})(?:\\s+(?:${NAME_WORD})){1,3})(?:${PARTY})?(?=\\s*(?:$|[,;§\\d]))`,
  'u',
);

/** `Bo Dal för Jan-Olof Ek, §§ 3-5` → the member served for, and the text without `för` and the member; null when the text is anything else. */
export function servesForNamed(text: string): { member: string; rest: string } | null {
  const m = NAME_FOR_NAME.exec(text);
  if (!m || !isGivenName(m[2]!.split(/\s/u)[0]!)) return null;
  return { member: m[2]!, rest: `${m[1]!} ${text.slice(m[0].length)}` };
}
