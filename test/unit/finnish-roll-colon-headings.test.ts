// The roll of an Åland municipality's minutes, surname first and flattened onto one line, with
// its lists' headings run on between the names (`Ledamöter: Höglin Roger, ordf. … Personliga
// ersättare: Mattsson Thomas …`, `… Danielsson Kjell Frånvarande: Staf Martin`): a heading with
// its colon in the middle of the line opens the next list there. Every name is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const MINUTES = text(
  'NORRHOLMS KOMMUN KOMMUNSTYRELSEN SAMMANTRÄDESPROTOKOLL Nr 11/17',
  'Tid onsdag den 18 oktober 2017 kl 16:00-19:45',
  'Plats Kommungården',
  'Närvarande Ledamöter: Höglin Roger, ordf. Björkvall Torbjörn, I viceordf Danielsson Sven-Anders Erikson Christofer Fagerholm Miina Personliga ersättare: Mattsson Thomas Gripenberg Jeanette Frånvarande: Johns Elof',
  'Övriga närvarande Eriksson Viveka, kommunfullmäktiges ordförande',
  '',
  '135 §',
  'SAMMANTRÄDETS LAGLIGHET OCH BESLUTFÖRHET',
  'Beslut:',
  'Godkändes.',
);

describe('list headings with a colon run on inside a flattened roll', () => {
  const people = meetingDoc(MINUTES).participants;

  it('opens a new list at each heading, its role for the names after it', () => {
    expect(people.map((p) => [p.name, p.role])).toEqual([
      ['Höglin Roger', 'member'],
      ['Björkvall Torbjörn', 'member'],
      ['Danielsson Sven-Anders', 'member'],
      ['Erikson Christofer', 'member'],
      ['Fagerholm Miina', 'member'],
      ['Mattsson Thomas', 'deputy'],
      ['Gripenberg Jeanette', 'deputy'],
      ['Johns Elof', 'absent'],
      ['Eriksson Viveka', 'other'],
    ]);
  });

  it('keeps each position with its name', () => {
    expect(people.slice(0, 2).map((p) => p.position)).toEqual(['ordförande', 'I vice ordförande']);
  });
});
