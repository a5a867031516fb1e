// Signers one a line, each name with its role's label after it and no comma (`Per Ås Sekreterare` / `Anna Ek
// Ordförande` / `Bo Lind Protokolljusterare`), as a grid of one signer a row prints them (Finland-Swedish and Åland
// minutes write `Name Protokolljusterare`): main found no block there, and read the secretary nowhere. The run of them
// on one line was read already. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (...signers: string[]) =>
  meetingDoc(
    text(
      'PROTOKOLL',
      'Styrelsemöte Samordningsförbundet Ekdalen',
      'Datum: 2023-03-14',
      'Närvarande',
      'Vera Strand, ordförande, Ekby kommun',
      'Tord Ekman, ledamot, Region Ekland',
      'Lars Myr, förbundschef',
      '',
      '§ 1 Mötet öppnas',
      'Ordföranden öppnade mötet.',
      '',
      '§ 2 Budget',
      'Styrelsen beslutar att godkänna budgeten.',
      '',
      ...signers,
    ),
  );

describe('a name with its label after it, one signer a line', () => {
  it('reads the secretary, the chair and the adjuster', () => {
    expect(minutes('Lars Myr Sekreterare', 'Vera Strand Ordförande', 'Tord Ekman Justerare').signatures).toMatchObject({
      chair: ['Vera Strand'],
      secretary: ['Lars Myr'],
      adjusters: ['Tord Ekman'],
    });
  });

  it('reads them under a heading, blank lines between, two adjusters', () => {
    const s = minutes('Underskrifter', '', 'Vera Strand (S) Ordförande', '', 'Lars Myr Protokollförare', '', 'Tord Ekman Protokolljusterare', '', 'Gun Alm Protokolljusterare').signatures;
    expect(s).toMatchObject({ chair: ['Vera Strand'], secretary: ['Lars Myr'], adjusters: ['Tord Ekman', 'Gun Alm'] });
  });

  it('reads no signer from a last sentence that ends on a label word', () => {
    const s = minutes('Frågan bereds vidare av ordförande').signatures;
    expect(s?.chair ?? []).toEqual([]);
  });
});
