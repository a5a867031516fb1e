// The minutes declared adjusted at the meeting, and who signed there, in the adjusting's value
// (`Protokolljustering   Dagens protokoll förklaras justerat. Anna Ek Per Ås`, a Finland-Swedish
// grid flattened): the names after the sentence are the signers, not more of the adjusting's
// place and time. The one the list of who took part names chair signs as chair (a field of
// its own), the others as adjusters; where an adjusters' label already names people, nothing.
import { ADJUSTED_AT_MEETING } from '../../lexicon/sv.js';
import { alternation } from '../../text/patterns.js';
import { splitPersons } from '../../text/persons.js';
import type { FrontPageField } from './read.js';
import { namesPerson } from './values.js';
import { ANY_LETTER } from '../../text/letters.js';

// the sentence, its point, and the names run on after it
const DECLARED = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(ADJUSTED_AT_MEETING)})\\.?\\s+(?=\\S)`, 'iu');
/** The adjusting's sentence says the minutes were adjusted at the meeting. */
export const saysAdjustedAtMeeting = (text: string): boolean => text.includes('juster') && (DECLARED.test(text) || AT_END.test(text));
const AT_END = new RegExp(`(?<![${ANY_LETTER}])(?:${alternation(ADJUSTED_AT_MEETING)})\\.?$`, 'iu');
// no meeting has more signers at its adjusting than this
const MAX_SIGNERS = 4;
// `ordförande` among a list entry's words after its name (`Anna Ek, ordförande`, `Anna Ek (S) ordförande`)
const CHAIR = /(?:^|[\s,])ordf(?:örande|\.)?(?:$|[\s,])/iu;

export function adjustedAtMeeting(fields: FrontPageField[]): void {
  if (fields.some((f) => f.field === 'adjusters' && f.values.some((v) => namesPerson(v.text)))) return;
  for (let k = 0; k < fields.length; k++) {
    const f = fields[k]!;
    if (f.field !== 'adjustedAt' || f.values.length === 0) continue;
    // (the adjusting's stem asked first, of the first value: the sentence opens the value)
    const v = f.values[0]!;
    const m = v.text.includes('juster') ? DECLARED.exec(v.text) : null;
    if (!m) continue;
    const names = splitPersons(v.text.slice(m.index + m[0].length));
    if (names.length === 0 || names.length > MAX_SIGNERS || !names.every((n) => namesPerson(n))) continue;
    v.text = v.text.slice(0, m.index + m[0].length).trimEnd();
    const listed = fields.filter((p) => p.field === 'participants').flatMap((p) => p.values.map((e) => e.text));
    const chairs = names.filter((n) => listed.some((e) => e.startsWith(n) && CHAIR.test(e.slice(n.length))));
    const chair = chairs.length === 1 && names.length >= 2 ? chairs[0]! : null;
    const signers = (ns: string[]) => ns.map((text) => ({ text, at: v.at, col: v.col }));
    const added: FrontPageField[] = [{ field: 'adjusters', value: 'persons', label: f.label, at: f.at, values: signers(names.filter((n) => n !== chair)) }];
    if (chair !== null) added.unshift({ field: 'chair', value: 'persons', label: f.label, at: f.at, values: signers([chair]) });
    fields.splice(k + 1, 0, ...added);
    return;
  }
}
