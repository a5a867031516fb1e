// A notice signed with the role bound to its organ (`Kommunstyrelsens ordförande`, `styrelsens ordförande`, `ordförande i
// valnämnden`), under or after the name, and two such pairs one over the other: the role is the label's word. Every text is
// invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const signersOf = (...last: string[]) =>
  parseText(text('KALLELSE', 'Valnämnden kallas till sammanträde', 'Tid: onsdagen den 9 mars 2022 kl. 13.00', 'Plats: Kansliet, Ekeby', '', '1. Mötets öppnande', '2. Val av justerare', '3. Valdistrikt', '', ...last)).documents[0]!.signatures!;

describe('a notice signer whose role names the organ', () => {
  it('reads the genitive organ under the name', () => {
    expect(signersOf('Maja Holm', 'Valnämndens ordförande').chair).toEqual(['Maja Holm']);
  });
  it('reads the organ after the role and its comma', () => {
    expect(signersOf('Maja Holm, ordförande i valnämnden').chair).toEqual(['Maja Holm']);
  });
  it('reads two pairs one over the other', () => {
    const s = signersOf('Maja Holm', 'Valnämndens ordförande', '', 'Sten Dahl', 'Valnämndens sekreterare');
    expect(s.chair).toEqual(['Maja Holm']);
    expect(s.secretary).toEqual(['Sten Dahl']);
  });
  it('reads no chair from a vice chair', () => {
    expect(parseText(text('KALLELSE', 'Valnämnden kallas till sammanträde', 'Tid: onsdagen den 9 mars 2022 kl. 13.00', '', '1. Mötets öppnande', '2. Budget', '', 'Maja Holm, valnämndens vice ordförande')).documents[0]!.signatures?.chair ?? []).toEqual([]);
  });
});
