// A roll of `Name, value` entries run on one line (a working group's or a council's notes: `Eva Holm, Region Norr Tiro
// Lund, Landstinget Syd …`), and a run of `Name (P), position` entries (a board's front page): a person whose given name
// the lexicon lacks is still one entry, neither glued to the organisation before it nor cut in two by a known given name
// inside a name of three. Every text is invented.
import { describe, expect, it } from 'vitest';
import { splitPersons } from '../../src/text/persons.js';
import { meetingDoc } from './helpers.js';

describe('a name and its comma after an entry’s value', () => {
  it('opens the next entry whatever its given name (a place as the value)', () => {
    expect(splitPersons('Eva Holm, Länsstyrelsen, ordförande Anna Berg, Arbetsmedicin Norrby Tiro Lund, Ekby stad Ulvar Ås, Dalby Mirjo Fält, Länsstyrelsen')).toEqual([
      'Eva Holm, Länsstyrelsen, ordförande',
      'Anna Berg, Arbetsmedicin Norrby',
      'Tiro Lund, Ekby stad',
      'Ulvar Ås, Dalby',
      'Mirjo Fält, Länsstyrelsen',
    ]);
  });

  it('opens the next entry after an organisation of a head and a place', () => {
    expect(splitPersons('Eva Holm, Region Norr Kasimir Ek, Landstinget Syd Elmo Dal, Försäkringskassan')).toEqual([
      'Eva Holm, Region Norr',
      'Kasimir Ek, Landstinget Syd',
      'Elmo Dal, Försäkringskassan',
    ]);
  });

  it('leaves a place after an organisation’s head to it', () => {
    // (`Region Västra Götaland,` names the region, no person after it)
    expect(splitPersons('Eva Holm, Region Västra Götaland, ordförande')).toEqual(['Eva Holm, Region Västra Götaland, ordförande']);
    expect(splitPersons('Eva Holm, ledamot i Norra Dalen, Bo Ek')).toHaveLength(2);
  });

  it('gives each person their own organisation on a page of notes', () => {
    const doc = meetingDoc(
      [
        'Minnesanteckningar styrgruppen Dag: Tisdagen den 4 mars 2014 Plats: Ekby Närvarande: Eva Holm, Länsstyrelsen, ordförande Tiro Lund, Ekby stad Ulvar Ås, Dalby Mirjo Fält, Länsstyrelsen Ej närvarande/förhinder: Elmo Dal, Länsstyrelsen',
        '',
        '1. Föregående anteckningar',
        '',
        'Anteckningarna lades till handlingarna.',
      ].join('\n'),
    );
    const people = doc.participants.map((p) => [p.name, p.role, p.organisation, p.position]);
    expect(people).toEqual([
      ['Eva Holm', expect.any(String), 'Länsstyrelsen', 'ordförande'],
      ['Tiro Lund', expect.any(String), 'Ekby stad', null],
      ['Ulvar Ås', expect.any(String), 'Dalby', null],
      ['Mirjo Fält', expect.any(String), 'Länsstyrelsen', null],
      ['Elmo Dal', 'absent', 'Länsstyrelsen', null],
    ]);
  });
});

describe('a name of three after a party’s bracket', () => {
  it('is one entry though its first given name is unknown and its second known', () => {
    expect(splitPersons('Hans Ek (S) Kasimir Ingemar Lund (S), ersätter Bo Dal (S) Eva Ås (KD)')).toEqual([
      'Hans Ek (S)',
      'Kasimir Ingemar Lund (S), ersätter Bo Dal (S)',
      'Eva Ås (KD)',
    ]);
  });

  it('keeps each position with its own member on a front page', () => {
    const doc = meetingDoc(
      [
        'PROTOKOLL Plats och tid Rådhuset, Ekby kl 13.00 Beslutande Anna Berg (C), ordförande Olle Falk (C), vice ordförande Eva Ås (S) Hans Ek (S) Kasimir Ingemar Lund (S), ersätter Bo Dal (S) Övriga deltagare Lisa Alm, sekreterare',
        '',
        '§ 1 Mötets öppnande',
        '',
        'Ordföranden öppnade mötet.',
      ].join('\n'),
    );
    const people = doc.participants.map((p) => [p.name, p.position, p.substituteFor]);
    expect(people).toEqual([
      ['Anna Berg', 'ordförande', null],
      ['Olle Falk', 'vice ordförande', null],
      ['Eva Ås', null, null],
      ['Hans Ek', null, null],
      ['Kasimir Ingemar Lund', null, 'Bo Dal'],
      ['Lisa Alm', 'sekreterare', null],
    ]);
  });
});
