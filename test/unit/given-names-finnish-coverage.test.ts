// Finnish given names borne in Swedish-language Finnish minutes (`Martti`, `Kyllikki`, `Olavi`):
// a list of people without commas is cut at each given name, so a name missing from the lexicon
// ran two people together. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('Finnish given names in a list without commas', () => {
  it('cuts the list at each of them', () => {
    const doc = meetingDoc(
      text('PROTOKOLL', 'Socialnämnden', 'Tid 2024-03-05 kl 13.00-15.00', 'Plats Stadshuset', 'Närvarande Martti Lindholm Kyllikki Berg Olavi Sund Karoliina Ek', '', '§ 1 Val av justerare', 'Olavi Sund utses att justera.'),
    );
    expect(doc.participants.map((p) => p.name)).toEqual(['Martti Lindholm', 'Kyllikki Berg', 'Olavi Sund', 'Karoliina Ek']);
  });
});
