// Signers whose names stand over their labels with the party after each name (`Anna Berg (S)
// Karl Lind (M)` over `Ordförande Justerare`): the party is no part of the signer's name, run
// together on one line or in columns. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (...signers: string[]) =>
  meetingDoc(
    text(
      'PROTOKOLL', 'Styrelsen', 'Sammanträdesdatum 2025-03-14', 'Plats och tid Kommunhuset, Ekby, kl. 09.00-11.30',
      'Beslutande Tove Lind (S), ordförande', 'Per Holm (M)', '',
      '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.', '', ...signers,
    ),
  ).signatures;

describe('a party after a signer over the labels', () => {
  it.each([
    [['Tove Lind (S) Per Holm (M)', 'Ordförande Justerare']],
    [['Tove Lind (S)        Per Holm (M)', 'Ordförande           Justerare']],
  ])('is no part of the name: %j', (signers) => {
    const s = minutes(...signers);
    expect([s?.chair, s?.adjusters]).toEqual([['Tove Lind'], ['Per Holm']]);
  });
});
