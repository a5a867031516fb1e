// A row of signature labels each with its own signature line (`Ordförande: ____ Justerare: ____`),
// which the normaliser cuts into one label a line, over the names in columns (`Anna Holm   Bo Ek`)
// or one a line: each name takes the label of its place. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const signed = (...tail: string[]) =>
  meetingDoc(text('PROTOKOLL', 'Förbundsstyrelsen', 'Datum: 2025-03-12', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.', '', ...tail)).signatures;

describe('a row of labels with their signature lines', () => {
  it('pairs the names in columns with the labels in order', () => {
    const s = signed('Ordförande: ____________________ Justerare: ____________________', '                 Anna Holm                            Bo Ek');
    expect(s?.chair).toEqual(['Anna Holm']);
    expect(s?.adjusters).toEqual(['Bo Ek']);
  });

  it('pairs names one a line with the labels in turn', () => {
    const s = signed('Ordförande: ____________________ Justerare: ____________________', 'Anna Holm', 'Bo Ek', '', 'Sekreterare: _________________', 'Gustav Lind');
    expect(s?.chair).toEqual(['Anna Holm']);
    expect(s?.adjusters).toEqual(['Bo Ek']);
    expect(s?.secretary).toEqual(['Gustav Lind']);
  });
});
