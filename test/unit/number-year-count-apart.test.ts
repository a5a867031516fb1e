// A protocol whose title is followed by a bare number (`SAMMANTRÄDESPROTOKOLL 1`, the page's in a running head) while its
// number in the year's count stands apart beside it (`Kommunstyrelsen      Nr 4/2019`, a cell of its own, or after the
// organ's name): that one is the number. A case's number (`KS 4/2019`, `Dnr 4/2019`) is none. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const numberOf = (...head: string[]): string | null =>
  parseText(text(...head, '', 'Sammanträdestid    Tisdagen den 2 april 2019 kl. 13.00-15.00', '', '§ 30 Val av justerare', 'Per Ek utses att justera.')).documents[0]!.meeting!.number;

describe('the number in the year count beside a bare title number', () => {
  it('wins over the bare number after the title', () => {
    expect(numberOf('SAMMANTRÄDESPROTOKOLL 1', 'Socialnämnden 4/2019')).toBe('4/2019');
  });
  it('is read from its own cell in columns, with its Nr', () => {
    expect(numberOf('EKBY KOMMUN                 PROTOKOLL                 1', 'Miljönämnden                Nr 7/19')).toBe('7/19');
  });
  it('is read beside a title with no number', () => {
    expect(numberOf('PROTOKOLL', 'Barn- och utbildningsnämnden    12/2019')).toBe('12/2019');
  });
  it('is not a case number before the organ', () => {
    expect(numberOf('SAMMANTRÄDESPROTOKOLL 1', 'Dnr 4/2019')).toBe('1');
  });
  it('is not a day written with a slash', () => {
    expect(numberOf('PROTOKOLL', 'Socialnämnden      12/03')).toBeNull();
  });
});
