// Officials run on as `Name, position Name, position`, a position naming its department with `och`
// between two words in lower case (`verksamhetschef kultur och fritid Gun Alm`): that `och`
// joins the department's words, not two people, and the person after it is kept.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const people = (line: string): string[] =>
  meetingDoc(text('PROTOKOLL', 'Kommunstyrelsen', 'Tid 2024-03-05 kl 13.00', line, '', '§ 1 Val av justerare', 'Olle Nyström utses att justera.')).participants.map((p) => `${p.name}|${p.position}`);

describe('a department with `och` in a run-on position', () => {
  it('keeps the department in the position and the next person', () => {
    expect(people('Övriga närvarande Sven Ek, kommunchef Mona Dahl, verksamhetschef kultur och fritid Gun Alm, kulturutvecklare')).toEqual([
      'Sven Ek|kommunchef',
      'Mona Dahl|verksamhetschef kultur och fritid',
      'Gun Alm|kulturutvecklare',
    ]);
  });

  it('still cuts at `och` before a name', () => {
    expect(people('Övriga närvarande Sven Ek, kommunchef och Mona Dahl, sekreterare')).toEqual(['Sven Ek|kommunchef', 'Mona Dahl|sekreterare']);
  });
});
