// A signature row run on into one line that writes the chair's label in its definite form (`Sekreterare Eva Berg
// Ordföranden Per Lind (S) Justerare Kajsa Holm (M)`, as a region's template does): the word is the chair's label
// after the secretary's name, not part of it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('the chair’s label in its definite form after a signer’s name', () => {
  it('heads the chair’s name', () => {
    const doc = meetingDoc(
      text('PROTOKOLL', 'Regionstyrelsens arbetsutskott', 'Datum 2024-05-14', 'Plats Regionens hus', '', 'Beslutande Per Lind (S), ordförande Kajsa Holm (M) Lars Ås (C)', '', 'Underskrifter Sekreterare Eva Berg Ordföranden Per Lind (S) Justerare Kajsa Holm (M)', '', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.'),
    );
    expect([doc.signatures?.chair, doc.signatures?.secretary, doc.signatures?.adjusters]).toEqual([['Per Lind'], ['Eva Berg'], ['Kajsa Holm']]);
  });
});
