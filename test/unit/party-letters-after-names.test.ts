// Lists run together on one line with each party's letters after the name and no comma or
// bracket (`Beslutande Okke Sand S ordförande Yrsa Holm M vice ordförande Lisa Dahl KD`),
// as a table of name, party and position columns flattens. Every text is invented.
import { describe, expect, it } from 'vitest';
import { splitPersons } from '../../src/text/persons.js';
import { meetingDoc, text } from './helpers.js';

describe('party letters after each name, run on', () => {
  const doc = () =>
    meetingDoc(
      text(
        'Sammanträdesprotokoll',
        'Socialnämnden',
        'Sammanträdesdatum 2021-04-12',
        'Plats och tid Kommunhuset, Storby, kl. 13.00-15.30',
        'Beslutande Okke Sand S ordförande Yrsa Holm M vice ordförande Lisa Dahl KD',
        'Ersättare Nils Berg C Eva Lund V',
        'Utses att justera Yrsa Holm',
        '§ 1 Val av justerare',
        'Yrsa Holm utses att justera.',
      ),
    );

  it('gives each person the party and the position written after the name', () => {
    expect(doc().participants.map((p) => [p.name, p.role, p.party, p.position])).toEqual([
      ['Okke Sand', 'member', 'S', 'ordförande'],
      ['Yrsa Holm', 'member', 'M', 'vice ordförande'],
      ['Lisa Dahl', 'member', 'KD', null],
      ['Nils Berg', 'deputy', 'C', null],
      ['Eva Lund', 'deputy', 'V', null],
    ]);
  });

  it('keeps the name a deputy serves for in the entry, and a party before the names still opens each entry', () => {
    expect(splitPersons('Nils Berg C ersätter Bo Ek M Eva Lund V')).toEqual(['Nils Berg C ersätter Bo Ek M', 'Eva Lund V']);
    expect(splitPersons('C Nils Berg V Eva Lund')).toEqual(['C Nils Berg', 'V Eva Lund']);
  });
});
