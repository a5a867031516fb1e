// A direktion's decision-makers run on in one line, each with a party after the name, one name with a particle
// (`… Lina Ek (M) Yvonne de Berg (C) tjänstgörande ersättare …`): the particle's name opens an entry of its own, not the
// organisation of the person before it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const people = (line: string) =>
  meetingDoc(text('PROTOKOLL', 'Direktionen, Räddningstjänsten Väst', 'Plats och tid: Brandstationen, kl. 13:00', line, '', '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.'))
    .participants.map((p) => [p.name, p.party, p.organisation]);

describe('a name with a particle in a run-on list', () => {
  it('is a person of its own', () => {
    expect(people('Beslutande: Anna Ek (S) Yvonne de Berg (C) Per Ås (M)')).toEqual([
      ['Anna Ek', 'S', null],
      ['Yvonne de Berg', 'C', null],
      ['Per Ås', 'M', null],
    ]);
  });
  it('with `von` too, a position after the bracket', () => {
    expect(people('Beslutande: Anna Ek (M) Carl von Holm (C) tjänstgörande ersättare Bo Lind (S)').map((p) => p[0])).toEqual(['Anna Ek', 'Carl von Holm', 'Bo Lind']);
  });
});
