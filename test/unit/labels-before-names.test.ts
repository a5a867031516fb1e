// A roll printed as a table whose first column labels each seat (the seat's position, or the member's town), flattened
// onto one line: each label before its name and party, a dash where nobody filled the seat. The positions go to their
// own names, not shifted onto the next; a town holds for the names after it. Every name is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const rows = (heading: string, line: string) =>
  meetingDoc(
    text('PROTOKOLL', 'Direktionen', 'Datum 2021-03-04', '', heading, line, '', 'Övriga', 'Siv Dal, förbundsdirektör', '', '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.'),
  ).participants.map((p) => [p.name, p.role, p.organisation, p.party, p.position]);

describe('labels before names', () => {
  it('gives each position to its own name, a dash for an empty seat', () => {
    expect(rows('Närvarande', 'Ordförande Anna Berg (S) 1:e vice ordförande - (M) 2:e vice ordförande Per Sund (C) Ledamot Lars Ek (S)')).toEqual([
      ['Anna Berg', 'member', null, 'S', 'ordförande'],
      ['Per Sund', 'member', null, 'C', '2:e vice ordförande'],
      ['Lars Ek', 'member', null, 'S', null],
      ['Siv Dal', 'other', null, null, 'förbundsdirektör'],
    ]);
  });

  it('reads the names without parties, the next label closing each', () => {
    expect(rows('Beslutande', 'Ordförande Anna Berg 1:e vice ordförande - (S) 2:e vice ordförande Per Sund Ledamot Lars Ek')).toEqual([
      ['Anna Berg', 'member', null, null, 'ordförande'],
      ['Per Sund', 'member', null, null, '2:e vice ordförande'],
      ['Lars Ek', 'member', null, null, null],
      ['Siv Dal', 'other', null, null, 'förbundsdirektör'],
    ]);
  });

  it('gives each town to the names after it, up to the next town', () => {
    expect(rows('Ledamöter', 'Ekby Anna Ek (S) Per Ås (M) Norrvik Eva Berg (C) Åsby - Dalby Nils Holm (S) Karin Lund (M)')).toEqual([
      ['Anna Ek', 'member', 'Ekby', 'S', null],
      ['Per Ås', 'member', 'Ekby', 'M', null],
      ['Eva Berg', 'member', 'Norrvik', 'C', null],
      ['Nils Holm', 'member', 'Dalby', 'S', null],
      ['Karin Lund', 'member', 'Dalby', 'M', null],
      ['Siv Dal', 'other', null, null, 'förbundsdirektör'],
    ]);
  });

  it('leaves a plain run of names and parties as it was', () => {
    expect(rows('Beslutande', 'Anna Berg (S) Per Sund (C) Lars Ek (S)').map((r) => r[0])).toEqual(['Anna Berg', 'Per Sund', 'Lars Ek', 'Siv Dal']);
  });
});
