// A members' list whose party letters stand before each name, one space apart (the party
// column of a template run on into the names: `Beslutande C Märta Lindgren, ordförande S Ulf
// Sandin M Lars Åkesson`), followed by another list. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const minutes = (members: string): string => [
  'SAMMANTRÄDESPROTOKOLL',
  'Äldreomsorgsnämnden',
  'Tid 2017-05-10 klockan 13.00-16.00',
  'Plats Forssalen, Åsby',
  `Beslutande ${members}`,
  'Övriga deltagare Kourosh Nadiri, förvaltningschef',
  '',
  '§ 35 Information',
  'Informationen noteras.',
].join('\n');

describe('party letters before each name, one space apart', () => {
  it('reads every member with the party before the name', () => {
    const people = parse(minutes('C Märta Lindgren, ordförande S Ulf Sandin M Lars Åkesson')).documents[0]!.participants;
    expect(people.map((p) => [p.name, p.role, p.party, p.position])).toEqual([
      ['Märta Lindgren', 'member', 'C', 'ordförande'],
      ['Ulf Sandin', 'member', 'S', null],
      ['Lars Åkesson', 'member', 'M', null],
      ['Kourosh Nadiri', 'other', null, 'förvaltningschef'],
    ]);
  });

  it('reads one member so too', () => {
    const people = parse(minutes('KD Eva Brandt')).documents[0]!.participants;
    expect(people.map((p) => [p.name, p.party])).toEqual([['Eva Brandt', 'KD'], ['Kourosh Nadiri', null]]);
  });
});
