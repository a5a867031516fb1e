// Two people run together without a separator whose given names the lexicon lacks both
// (`Närvarande: Okke Sand Yrsa Holm Lisa Dahl (M)`): four capitalised words before a bracket,
// the next name or the end are two names of two. Every text is invented.
import { describe, expect, it } from 'vitest';
import { splitPersons } from '../../src/text/persons.js';
import { meetingDoc, text } from './helpers.js';

describe('two names of unknown given names run together', () => {
  it('parts four capitalised words into two names', () => {
    expect(splitPersons('Okke Sand Yrsa Holm Lisa Dahl (M)')).toEqual(['Okke Sand', 'Yrsa Holm', 'Lisa Dahl (M)']);
    expect(splitPersons('Okke Sand Yrsa Holm (S)')).toEqual(['Okke Sand', 'Yrsa Holm (S)']);
  });

  it('keeps an organisation after a name, and a position before one, whole', () => {
    expect(splitPersons('Okke Sand Västra Götalandsregionen')).toEqual(['Okke Sand Västra Götalandsregionen']);
  });

  it('lists each person of the notes', () => {
    const doc = meetingDoc(
      text('Minnesanteckningar', 'Styrgruppen, Samordningsförbundet Norrdal', 'Datum: 2021-04-12', 'Närvarande: Okke Sand Yrsa Holm Lisa Dahl (M)', '', '1. Mötets öppnande', 'Mötet öppnades.'),
    );
    expect(doc.participants.map((p) => [p.name, p.party])).toEqual([
      ['Okke Sand', null],
      ['Yrsa Holm', null],
      ['Lisa Dahl', 'M'],
    ]);
  });
});
