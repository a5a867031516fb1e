// Two signers run together under one label, the first with a given name the lexicon lacks: `Ordförande Maidie Wiklund
// Robert Uitto, 191` (the chair, and who chaired § 191). The second opens with a known given name, so the run is two
// names. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (signers: string): ReturnType<typeof meetingDoc> =>
  meetingDoc(text('PROTOKOLL', 'Socialnämnden', 'Datum 2024-05-14', 'Plats Kommunhuset', '', 'Beslutande Per Lind (S), ordförande Kajsa Holm (M) Lars Ås (C)', '', signers, '', '§ 190 Mötets öppnande', 'Ordföranden öppnar mötet.'));

describe('two signers run together, the first given name unknown', () => {
  it('are two names', () => {
    expect(minutes('Underskrifter Sekreterare Paragrafer Eva Berg Ordförande Zelmira Wiklund Robert Uitto, 191 Justerande Lars Ås').signatures?.chair).toEqual(['Zelmira Wiklund', 'Robert Uitto']);
  });

  it('leave one name of three words alone', () => {
    expect(minutes('Underskrifter Sekreterare Eva Berg Ordförande Zelmira Wiklund Rosén Justerande Lars Ås').signatures?.chair).toEqual(['Zelmira Wiklund Rosén']);
  });
});
