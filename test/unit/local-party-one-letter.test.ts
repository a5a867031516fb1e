// A local party written with one letter in brackets (`Eva Sund (Ö)`, `Per Lind (T)`), in a list that writes the
// national parties so (`Ola Berg (S)`): the letter is the person's party, as two or three letters are
// (`(KP)`), not an organisation. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, minutes } from './helpers.js';

const people = (participants: string): (string | null)[][] =>
  meetingDoc(minutes({ participants })).participants.map((p) => [p.name, p.role, p.organisation, p.party]);

describe('a local party of one letter', () => {
  it('is the party of the members and deputies of a list that writes parties in brackets', () => {
    expect(people('Ledamöter\nOla Berg (S)\nEva Sund (Ö)\nKarin Lax (M)\nPer Lind (T)\nErsättare\nMaja Holm (Ö)\n')).toEqual([
      ['Ola Berg', 'member', null, 'S'],
      ['Eva Sund', 'member', null, 'Ö'],
      ['Karin Lax', 'member', null, 'M'],
      ['Per Lind', 'member', null, 'T'],
      ['Maja Holm', 'deputy', null, 'Ö'],
    ]);
  });

  it('stays the organisation of staff, and where no list writes a national party', () => {
    expect(people('Ledamöter\nOla Berg (S)\nKarin Lax (M)\nÖvriga\nTove Ek (R)\n')).toEqual([
      ['Ola Berg', 'member', null, 'S'],
      ['Karin Lax', 'member', null, 'M'],
      ['Tove Ek', 'other', 'R', null],
    ]);
    expect(people('Ledamöter\nOla Berg (Ö)\nKarin Lax (T)\n').map((p) => p[3])).toEqual([null, null]);
  });
});
