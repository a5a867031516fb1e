// A date written with a two-digit year: a slashed day and month with the year after a dash
// (`5/3-19`, `den 5/3 -19`), or day, month and year with points (`05.03.19`, as after a date
// label). The year is the century's: `-19` is 2019. A slashed day and month before another
// (`5/3-19/3`, a range) keeps reading as before. Every name, place and date is invented.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/text/dates.js';
import { meetingDoc, text } from './helpers.js';

const minutes = (...head: string[]) =>
  meetingDoc(text(...head, 'Beslutande: Anna Ek (S), ordförande', '', '§ 1 Val av justerare', 'Anna Ek väljs att justera.'));

describe('dates with a two-digit year', () => {
  it('reads the slashed day and month with the year after a dash', () => {
    expect(findDates('Protokoll styrelsemöte 5/3-19').map((d) => d.iso)).toEqual(['2019-03-05']);
    expect(findDates('tisdagen den 12/11 -18 kl 13.00').map((d) => [d.iso, d.spelledOut])).toEqual([['2018-11-12', true]]);
    expect(findDates('Datum: 05.03.19').map((d) => d.iso)).toEqual(['2019-03-05']);
  });
  it('leaves ranges, times and numbers as they were', () => {
    expect(findDates('den 5/3-19/3').map((d) => [d.day, d.month, d.iso])).toEqual([[5, 3, null], [19, 3, null]]);
    expect(findDates('torsdag 5/3 - 19.00').map((d) => [d.day, d.month, d.iso])).toEqual([[5, 3, null]]);
    expect(findDates('punkt 3.2.14 i planen').map((d) => d.iso)).toEqual([]);
  });
  it('dates the meeting so written', () => {
    expect(minutes('PROTOKOLL', 'Styrelsemöte 5/3-19', 'Plats: Kommunhuset, Västby').meeting?.date).toBe('2019-03-05');
    expect(minutes('PROTOKOLL', 'Styrelsen', 'Sammanträde tisdagen den 12/11 -18 kl. 13.00-15.00 i Kommunhuset, Västby').meeting?.date).toBe('2018-11-12');
    expect(minutes('PROTOKOLL', 'Styrelsen', 'Datum: 05.03.19', 'Plats: Kommunhuset, Västby').meeting?.date).toBe('2019-03-05');
  });
});
