// A deputy's member named by the surname alone (`Vik Sten   Ahls ersättare`, Swedish-language
// Finnish minutes): the member is on the lists too (`FRÅNVARANDE  Ahl Berit`), so the one person
// there whose name holds that surname as a word of its own is the member, named in full. Two
// such people, or none, leave the surname as written.
import type { Participant } from '../../schema/result.js';

/** Each deputy's one-word member written out as the one participant bearing that surname. */
export function membersBySurname(people: Participant[]): void {
  for (const deputy of people) {
    const surname = deputy.substituteFor;
    if (surname === null || surname.includes(' ')) continue;
    let found: string | null = null;
    let count = 0;
    for (const p of people) {
      if (p === deputy || p.role === 'deputy') continue;
      const words = p.name.split(' ');
      if (words.length >= 2 && (words[0] === surname || words[words.length - 1] === surname)) {
        found = p.name;
        count++;
      }
    }
    if (count === 1) deputy.substituteFor = found;
  }
}
