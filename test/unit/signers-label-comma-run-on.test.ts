// A page run on into one line whose signatures are written label, comma, name (`Underskrifter Sekreterare, Eva Ek
// Ordförande, Per Ås Justerande, Bo Lind`, as an association's or a Leader group's minutes print them): each label after a
// name opens the next signer, its comma no part of either. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const points = ['', '1. Mötets öppnande', 'Ordföranden hälsade alla välkomna.', '2. Val av justerare', 'Till att justera dagens protokoll valdes Olle Dahl.'];

describe('signers written label, comma, name on a page run on', () => {
  it('give each signer the label before the name', () => {
    const doc = meetingDoc(
      text('Mötesprotokoll nr 4 Styrelsemöte Datum: Måndagen den 7 mars 2022 kl 18.00 Plats: Bygdegården Närvarande: Mira Sand Tove Ek Olle Dahl Underskrifter Sekreterare, Tove Ek Ordförande, Mira Sand Justerande, Olle Dahl 1', ...points),
    );
    expect([doc.signatures?.chair, doc.signatures?.secretary, doc.signatures?.adjusters]).toEqual([['Mira Sand'], ['Tove Ek'], ['Olle Dahl']]);
  });

  it('read the chair first and a secretary by another word', () => {
    const doc = meetingDoc(
      text('PROTOKOLL Styrelsemöte 2023-04-12 kl 19.00 Plats: Klubbstugan Närvarande: Mira Sand Tove Ek Olle Dahl Per Lind Underskrifter Ordförande, Mira Sand Protokollförare, Per Lind Justerare, Olle Dahl', ...points),
    );
    expect([doc.signatures?.chair, doc.signatures?.secretary, doc.signatures?.adjusters]).toEqual([['Mira Sand'], ['Per Lind'], ['Olle Dahl']]);
  });
});
