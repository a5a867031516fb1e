// Notes kept as an action list: a point's decision line followed by who carries it out and
// by when (`Beslut: Informationen noteras.` / `Ansvarig: Eva Holm`, `Klart till: oktober`), as a
// samordningsförbund's beredningsgrupp writes them. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc } from './helpers.js';

describe('an action label under the decision line', () => {
  const doc = meetingDoc(
    [
      'Minnesanteckningar beredningsgruppen',
      'Samordningsförbundet Östra Vikdal',
      'Datum: 2024-09-05',
      'Plats: Kansliet, Vikby',
      '',
      'Närvarande: Greta Holm, Lisa Berg, Nils Ek',
      '',
      '1. Ekonomi',
      'Greta Holm informerade om det ekonomiska läget.',
      'Beslut: Informationen noteras.',
      'Ansvarig: Greta Holm',
      '',
      '2. Kartläggning',
      'Beslut: Kansliet tar fram en kartläggning av behoven.',
      'Klart till: december',
      '',
      '3. Övrigt',
      'Inget övrigt.',
    ].join('\n'),
  );

  it('is no part of the decision', () => {
    expect(item(doc, 1).decisions.map((d) => d.text)).toEqual(['Informationen noteras.']);
    expect(item(doc, 2).decisions.map((d) => d.text)).toEqual(['Kansliet tar fram en kartläggning av behoven.']);
  });
});
