// Minutes whose signature table prints each name over its label (`Anders Lök` / `Ordförande`),
// as a web archive runs them on into one line after the last §: `Vid protokollet Maria Vik
// Sekreterare Justeras Anders Lök Sofia Grahn Ordförande Justerare`. Each name takes the next
// label; the group's label (`Justeras`) is nobody's role. Written label first (`Ordförande Anders
// Lök Justerare Sofia Grahn`), each name is its label's as before. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const minutes = (signatures: string): string =>
  [
    'PROTOKOLL Styrelsen Samordningsförbundet Västerdal 2023-11-23',
    'Närvarande ledamöter Anders Lök, ordförande, Region Västerdal Sofia Grahn, Ekby kommun',
    'Övriga närvarande Maria Vik, förbundschef',
    '§ 44 Mötets öppnande Ordföranden öppnar mötet.',
    '§ 45 Val av justerare Styrelsen beslutar att utse Sofia Grahn att jämte ordföranden justera protokollet.',
    signatures,
  ].join(' ');

const signed = (signatures: string) => {
  const s = meetingDoc(minutes(signatures)).signatures;
  return { chair: s?.chair, secretary: s?.secretary, adjusters: s?.adjusters };
};

const EXPECTED = { chair: ['Anders Lök'], secretary: ['Maria Vik'], adjusters: ['Sofia Grahn'] };

describe('a signature table of names over labels, run on', () => {
  it('gives each name the label after it, the names of a group first', () => {
    expect(signed('Vid protokollet Maria Vik Sekreterare Justeras Anders Lök Sofia Grahn Ordförande Justerare')).toEqual(EXPECTED);
  });

  it('gives each name the label after it, name and label in turn', () => {
    expect(signed('Vid protokollet Maria Vik Sekreterare Justeras Anders Lök Ordförande Sofia Grahn Justerare')).toEqual(EXPECTED);
  });

  it('reads labels written before their names as before', () => {
    expect(signed('Vid protokollet Sekreterare Maria Vik Justeras Ordförande Anders Lök Justerare Sofia Grahn')).toEqual(EXPECTED);
  });
});
