// `Utses att justera` / `Justeringens plats och tid` and then one line of their values, the adjuster's name and the
// adjusting's place, a transcript having dropped its day and hour (`Eva Lund Kommunhuset Ekby`): the name is the
// adjusters', the place the adjusting's. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const page = (front: string) => meetingDoc(text(front, '', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.'));

describe('the adjuster and an undated place of the adjusting on one line under their two labels', () => {
  const doc = page(
    '1 EKBY KOMMUN SAMMANTRÄDESPROTOKOLL Kommunstyrelsen Plats och tid Stadshuset Ekby kl 13,00 15,30 Beslutande Tora Nyström (C) Eva Lund (S) Bo Holm (M) Övriga deltagare Kim Berg Utses att justera Justeringens plats och tid Eva Lund Kommunhuset Ekby Underskrifter Sekreterare Kim Berg Ordförande Tora Nyström Justerande Eva Lund',
  );

  it('gives the name to the adjusters and not the place', () => {
    expect(doc.signatures?.adjusters).toEqual(['Eva Lund']);
  });

  it('keeps the place out of the people', () => {
    expect(doc.participants.some((p) => p.name.includes('Kommunhuset'))).toBe(false);
  });
});

describe('two names on one line under the adjusters’ and the adjusting’s labels are not a name and a place', () => {
  const doc = page(
    '1 EKBY KOMMUN SAMMANTRÄDESPROTOKOLL Kommunstyrelsen Plats och tid Stadshuset Ekby kl 13,00 15,30 Beslutande Tora Nyström (C) Eva Lund (S) Bo Holm (M) Övriga deltagare Kim Berg Utses att justera Justeringens plats och tid Eva Lund Bo Holm Underskrifter Sekreterare Kim Berg Ordförande Tora Nyström Justerande Eva Lund',
  );

  it('leaves the line as today', () => {
    expect(doc.signatures?.adjusters).toContain('Eva Lund');
  });
});
