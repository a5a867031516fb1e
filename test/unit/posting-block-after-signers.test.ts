// Minutes whose last § is followed by a lone adjuster (`Justerare` / `Bo Ek`) and then the anslag
// block, written with the words of a digital anslagstavla (`Anslaget publiceras: 2025-02-13`,
// `Anslaget tas bort: 2025-03-07`, `Datum för anslag`) and rows that name no posting (`Organ:
// Styrelsen`, `Sista dag för överklagande …`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (...tail: string[]) =>
  meetingDoc(text('PROTOKOLL', 'Styrelsen', 'Datum: 2025-02-05', '', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.', '', 'Justerare', 'Bo Ek', '', ...tail));

describe('a signer before the anslag block', () => {
  const doc = minutes(
    'ANSLAG', 'Protokollet är justerat. Justeringen har tillkännagivits genom anslag.', 'Organ: Styrelsen', 'Sammanträdesdatum: 2025-02-05',
    'Anslaget publiceras: 2025-02-13', 'Anslaget tas bort: 2025-03-07', 'Protokollets förvaringsplats: Förbundets kansli',
  );

  it('reads the adjuster though the block has rows that name no posting', () => {
    expect(doc.signatures?.adjusters).toEqual(['Bo Ek']);
  });

  it('reads when the notice was published and taken away', () => {
    expect(doc.signatures?.posted).toEqual({ from: '2025-02-13', to: '2025-03-07' });
    expect(doc.signatures?.storedAt).toBe('Förbundets kansli');
  });
});

describe('the appeal day among the posting lines', () => {
  const doc = minutes('Datum för anslag 2025-02-13', 'Sista dag för överklagande 2025-03-06', 'Förvaras: Förbundets kansli, Östby');

  it('reads the adjuster and the day of the posting', () => {
    expect(doc.signatures?.adjusters).toEqual(['Bo Ek']);
    expect(doc.signatures?.posted?.from).toBe('2025-02-13');
    expect(doc.signatures?.storedAt).toBe('Förbundets kansli, Östby');
  });
});
