// Notes of a preparatory group that name who came by their given names alone (sweep 8):
// `Närvarande: Maria, Johan, Kalle (FK)`, `Förhinder: Lotta`. Invented text in the same layout.
import { describe, expect, it } from 'vitest';
import { givenNameList } from '../../src/text/persons.js';
import { meetingDoc } from './helpers.js';

const NOTES = [
  'Minnesanteckningar beredningsgrupp',
  'Samordningsförbundet Söderslätt',
  'Datum: 2022-11-08',
  'Plats: Arbetsförmedlingen, Söderby',
  '',
  'Närvarande: Maria, Johan, Stina, Kalle (FK) och Anders (Region)',
  'Förhinder: Lotta',
  '',
  '1. Föregående anteckningar',
  'Gicks igenom och lades till handlingarna.',
  '2. Aktuellt från parterna',
  'Rutinerna gicks igenom.',
].join('\n');

describe('people named by their given names alone', () => {
  it('lists each under its heading, the bracket as the organisation', () => {
    const doc = meetingDoc(NOTES);
    expect(doc.participants.map((p) => [p.name, p.role, p.organisation])).toEqual([
      ['Maria', 'other', null],
      ['Johan', 'other', null],
      ['Stina', 'other', null],
      ['Kalle', 'other', 'FK'],
      ['Anders', 'other', 'Region'],
      ['Lotta', 'absent', null],
    ]);
  });

  it('takes a party in the bracket as the party', () => {
    expect(givenNameList('Maria (S), Johan (M)')).toEqual([
      { name: 'Maria', within: 'S' },
      { name: 'Johan', within: 'M' },
    ]);
  });

  it('declines a list with anything but given names', () => {
    expect(givenNameList('Maria, Budget, Johan')).toBeNull();
    expect(givenNameList('Maria Ek, Johan')).toBeNull();
    expect(givenNameList('Maria')).toBeNull();
  });
});
