// A signer's name run on into the first point of the meeting, its heading without a number
// (`Sekreterare Nils Ek Upprop`, `Justerare Eva Holm Mötets öppnande`): the point's opening word is no
// part of the name. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (...front: string[]) =>
  meetingDoc(
    text(
      'PROTOKOLL', 'Styrelsen', 'Datum 2024-10-02 kl. 13.00-15.00', 'Plats Stadshuset, Ekby',
      'Närvarande Anna Berg (S), ordförande', 'Karl Lind (M)', ...front, '',
      '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.',
    ),
  );

describe('a signer run on into an opening point', () => {
  it('cuts `Upprop` off the secretary', () => {
    expect(minutes('Sekreterare Nils Ek Upprop och närvaro', 'Justerare Karl Lind').signatures?.secretary).toEqual(['Nils Ek']);
  });

  it('cuts `Mötets öppnande` off the adjuster', () => {
    expect(minutes('Sekreterare Nils Ek', 'Justerare Karl Lind Mötets öppnande').signatures?.adjusters).toEqual(['Karl Lind']);
  });

  it('keeps a name of three words (guard)', () => {
    expect(minutes('Sekreterare Nils Erik Ek', 'Justerare Karl Lind').signatures?.secretary).toEqual(['Nils Erik Ek']);
  });
});
