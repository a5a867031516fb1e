// Two signer labels over three names on the front page (`Ordförande   Justerande` over
// `Anna Ek   Per Ås   Lars Berg`): each label takes the name in its place, and the
// adjusters' label, which may stand for several, takes the extra name. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (...signers: string[]): string =>
  text(
    'PROTOKOLL', 'Samordningsförbundet Fjällby', 'Styrelsen', '', 'Datum: 2023-05-12 kl. 09.00–12.00', 'Plats: Kansliet', '',
    'Beslutande', 'Vera Holm (S), ordförande', 'Jon Falk (M)', 'Ebba Sten (C)', '',
    ...signers, '',
    '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.', '', '§ 2 Avslut', 'Mötet avslutas.',
  );

describe('two signer labels over three names', () => {
  it.each([
    ['labels over names', ['Ordförande       Justerande', 'Vera Holm        Jon Falk        Ebba Sten']],
    ['a blank line between', ['Underskrifter', 'Ordförande       Justerande', '', 'Vera Holm        Jon Falk        Ebba Sten']],
    ['all on one line', ['Ordförande   Justerande   Vera Holm   Jon Falk   Ebba Sten']],
  ])('%s: the adjusters take two', (_, signers) => {
    expect(meetingDoc(minutes(...signers)).signatures).toMatchObject({ chair: ['Vera Holm'], adjusters: ['Jon Falk', 'Ebba Sten'] });
  });

  it('three labels over four names', () => {
    const doc = meetingDoc(minutes('Sekreterare   Ordförande   Justerare', 'Lisa Dahl   Vera Holm   Jon Falk   Ebba Sten'));
    expect(doc.signatures).toMatchObject({ secretary: ['Lisa Dahl'], chair: ['Vera Holm'], adjusters: ['Jon Falk', 'Ebba Sten'] });
  });
});
