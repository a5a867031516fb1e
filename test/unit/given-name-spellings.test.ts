// A list of people run on without commas (`Närvarande: Christofer Holm Lene Berg Freddy Ek …`) is cut where each
// known given name opens the next person; the other spellings of common names (`Christofer`, `Freddy`, `Janette`,
// `Sophie`, `Matthias`) are known given names too. Every name is invented.
import { describe, expect, it } from 'vitest';
import { isGivenName } from '../../src/text/persons.js';
import { meetingDoc, text } from './helpers.js';

describe('other spellings of common given names', () => {
  it('are given names', () => {
    for (const name of ['Christofer', 'Matthias', 'Freddy', 'Freddie', 'Janette', 'Sophie', 'Erica', 'Hannah', 'Lene']) expect(isGivenName(name), name).toBe(true);
  });

  it('part a list of people run on without commas', () => {
    const doc = meetingDoc(
      text('PROTOKOLL', 'Styrelsen för Samordningsförbundet Norrvik', 'Datum: 2024-03-05', '', 'Närvarande: Christofer Holm Lene Berg Freddy Ek Janette Lund Sophie Ahl', '', '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.'),
    );
    expect(doc.participants.map((p) => p.name)).toEqual(['Christofer Holm', 'Lene Berg', 'Freddy Ek', 'Janette Lund', 'Sophie Ahl']);
  });
});
