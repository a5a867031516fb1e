// The signers written on one row, each label before its name (`Sekreterare Lena Ås   Justerare Per Sund (C)   Ordförande
// Anna Berg (S)`), in columns or run together: each name goes to its own label. Neither a roll of labelled seats (a
// signer's word that is no seat's opens the row) nor one person's row (the first cell's position before a name says
// nothing of the cells beside it). Every name is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const signers = (row: string) => {
  const s = meetingDoc(
    text('PROTOKOLL', 'Kommunstyrelsen', 'Datum 2024-03-05', 'Plats och tid Kommunhuset, kl 13.00-15.00', 'Beslutande Eva Holm (S), Bo Lind (M), Karin Sjö (C)', 'Utses att justera Per Sund', row, '§ 1 Val av justerare', 'Per Sund utses.'),
  ).signatures!;
  return [s.chair, s.secretary, s.adjusters];
};

describe('a row of labelled signers', () => {
  it('gives each name its own label when the cells stand in columns', () => {
    expect(signers('Sekreterare Lena Ås   Justerare Per Sund   Ordförande Anna Berg')).toEqual([['Anna Berg'], ['Lena Ås'], ['Per Sund']]);
  });

  it('does so with parties after the names (no roll of seats: the row opens with a signer’s word)', () => {
    expect(signers('Sekreterare Lena Ås   Justerare Per Sund (C)   Ordförande Anna Berg (S)')).toEqual([['Anna Berg'], ['Lena Ås'], ['Per Sund']]);
  });

  it('reads the row run together, one space apart', () => {
    expect(signers('Justerare Per Sund (C) Ordförande Anna Berg (S) Sekreterare Lena Ås')).toEqual([['Anna Berg'], ['Lena Ås'], ['Per Sund']]);
  });
});
