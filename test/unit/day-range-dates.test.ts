// A meeting of two days (`Möte med styrelsen den 26-27 januari 2002`, `Internat 1–2 december
// 2007`) is dated by its first day, and the range is one date wherever it is taken out of a
// text (the place beside it). Every text is invented.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/text/dates.js';
import { meetingDoc, text } from './helpers.js';

describe('a range of days before a spelled-out month', () => {
  it('dates the meeting by its first day', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL NR 4',
        'Möte med föreningens styrelse den 26-27 januari 2002',
        'Plats: Kursgården Ekudden',
        '',
        'Närvarande',
        'Tora Lind, ordförande',
        'Elias Berg',
        '',
        '§ 1 Mötets öppnande',
        'Ordföranden öppnar mötet.',
      ),
    );
    expect(doc.meeting?.date).toBe('2002-01-26');
  });

  it('is one hit, from the first day to the year', () => {
    expect(findDates('Internat den 1–2 december 2007 i Ekeby').map((d) => [d.iso, d.index, d.length])).toEqual([['2007-12-01', 13, 17]]);
    // (a lone day is as before; a range that does not count up is no range)
    expect(findDates('den 19 sept. 1992').map((d) => d.iso)).toEqual(['1992-09-19']);
    expect(findDates('nr 30-2 maj 2020').map((d) => d.iso)).toEqual(['2020-05-02']);
  });
});
