// Attendance changes written in the minutes' running text rather than in the list of who
// took part: `Per Ås (M) lämnar sammanträdet kl 15.10 efter § 45.` in a § body. The sentence
// is read as a participant line; it adds §§ and a note to the person the list already names,
// and never adds a person.
import type { Item, Participant } from '../../schema/result.js';
import { addAttendance } from './merge.js';
import { parseParticipantLine } from './line.js';
import { UPPER_LETTER } from '../../text/letters.js';

// a cheap first test: the verbs of coming and leaving (`lämnar`, `anlände`, `ankom`, `anslöt`, `inträder`, `avviker`)
const MAY_CHANGE = /lämna|anlä|ankom|anslu|anslö|inträd|avvi|avvek/i;
// the sentence ends at a full stop before a space and a capital, or at a paragraph break (`kl. 15.10` goes on)
// a § reference, as the participant lines write it (`§ 45`, `$ 45`, `punkt 9`, `ärende 4`)
const SECTION = /[§$]|punkt|ärende/iu;
const SENTENCE_END = new RegExp(`\\.(?=\\s+[${UPPER_LETTER}])|\\n`, 'u');

export function attendanceInText(people: Participant[], items: readonly Item[]): Participant[] {
  if (people.length === 0) return people;
  const walk = (list: readonly Item[]): void => {
    for (const it of list) {
      if (it.text !== '' && MAY_CHANGE.test(it.text) && SECTION.test(it.text)) read(people, it.text);
      if (it.subItems.length > 0) walk(it.subItems);
    }
  };
  walk(items);
  return people;
}

function read(people: Participant[], text: string): void {
  for (const p of people) {
    for (let at = text.indexOf(p.name); at >= 0; at = text.indexOf(p.name, at + p.name.length)) {
      // `Anna Ek` is not the start of `Anna Ekberg`
      if (/\p{L}/u.test(text.charAt(at + p.name.length))) continue;
      const rest = text.slice(at);
      const end = SENTENCE_END.exec(rest);
      const sentence = end ? rest.slice(0, end.index) : rest;
      if (!SECTION.test(sentence)) continue;
      const fields = parseParticipantLine(sentence);
      if (fields?.changed !== undefined && fields.name === p.name) addAttendance(p, { paragraphs: fields.paragraphs, note: fields.changed });
    }
  }
}
