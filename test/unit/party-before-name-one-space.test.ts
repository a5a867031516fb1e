// A members' list whose party letters stand before each name, one space apart (the party
// column of a template run on into the names: `Beslutande C Ulla Persson, ordförande S Ulf
// Dahl M Lars Rystrand`), followed by another list. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const minutes = (members: string): string => [
  'SAMMANTRÄDESPROTOKOLL',
  'Äldreomsorgsnämnden',
  'Tid 2017-05-10 klockan 13.00-16.00',
  'Plats Strömsalen, Kinnaby',
  `Beslutande ${members}`,
  'Övriga deltagare Bahman Alam, förvaltningschef',
  '',
  '§ 35 Information',
  'Informationen noteras.',
].join('\n');

describe('party letters before each name, one space apart', () => {
  it('reads every member with the party before the name', () => {
    const people = parse(minutes('C Ulla Persson, ordförande S Ulf Dahl M Lars Rystrand')).documents[0]!.participants;
    expect(people.map((p) => [p.name, p.role, p.party, p.position])).toEqual([
      ['Ulla Persson', 'member', 'C', 'ordförande'],
      ['Ulf Dahl', 'member', 'S', null],
      ['Lars Rystrand', 'member', 'M', null],
      ['Bahman Alam', 'other', null, 'förvaltningschef'],
    ]);
  });

  it('reads one member so too', () => {
    const people = parse(minutes('KD Eva Lindahl')).documents[0]!.participants;
    expect(people.map((p) => [p.name, p.party])).toEqual([['Eva Lindahl', 'KD'], ['Bahman Alam', null]]);
  });
});
