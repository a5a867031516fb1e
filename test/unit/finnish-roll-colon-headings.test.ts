// The roll of an Åland municipality's minutes, surname first and flattened onto one line, with
// its lists' headings run on between the names (`Ledamöter: Westerholm Håkan, ordf. … Personliga
// ersättare: Grönroos Henrik …`, `… Nordling Kjell Frånvarande: Vesterlund Martin`): a heading with
// its colon in the middle of the line opens the next list there. Every name is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const MINUTES = text(
  'NORRHOLMS KOMMUN KOMMUNSTYRELSEN SAMMANTRÄDESPROTOKOLL Nr 12/23',
  'Tid onsdag den 8 november 2023 kl 16:00-18:30',
  'Plats Kommungården',
  'Närvarande Ledamöter: Westerholm Håkan, ordf. Kullberg Torsten, I viceordf Nordling Per-Anders Wikblad Christofer Backlund Riina Personliga ersättare: Grönroos Henrik Sjölind Jeanette Frånvarande: Dahlén Elof',
  'Övriga närvarande Söderlund Gunnel, kommunfullmäktiges ordförande',
  '',
  '141 §',
  'SAMMANTRÄDETS LAGLIGHET OCH BESLUTFÖRHET',
  'Beslut:',
  'Godkändes.',
);

describe('list headings with a colon run on inside a flattened roll', () => {
  const people = meetingDoc(MINUTES).participants;

  it('opens a new list at each heading, its role for the names after it', () => {
    expect(people.map((p) => [p.name, p.role])).toEqual([
      ['Westerholm Håkan', 'member'],
      ['Kullberg Torsten', 'member'],
      ['Nordling Per-Anders', 'member'],
      ['Wikblad Christofer', 'member'],
      ['Backlund Riina', 'member'],
      ['Grönroos Henrik', 'deputy'],
      ['Sjölind Jeanette', 'deputy'],
      ['Dahlén Elof', 'absent'],
      ['Söderlund Gunnel', 'other'],
    ]);
  });

  it('keeps each position with its name', () => {
    expect(people.slice(0, 2).map((p) => p.position)).toEqual(['ordförande', 'I vice ordförande']);
  });
});
