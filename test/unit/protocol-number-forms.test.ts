// The protocol's own number written in a compound title (`Styrelseprotokoll nr 5`), after the
// meeting's word (`Protokoll fört vid styrelsemöte nr 7`), or with a colon (`PROTOKOLL 2025:4`):
// kept as written after its label. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const numberOf = (title: string): string | null =>
  meetingDoc(text(title, 'Samordningsförbundet Ravnå', 'Datum: 2025-04-14', '', '§ 12 Mötets öppnande', 'Ordföranden öppnade mötet.')).meeting!.number;

describe('protocol numbers', () => {
  it('reads a compound title with `nr`', () => expect(numberOf('Styrelseprotokoll nr 5')).toBe('5'));
  it('reads the number after the meeting word', () => expect(numberOf('Protokoll fört vid styrelsemöte nr 7')).toBe('7'));
  it('keeps a colon form whole', () => expect(numberOf('PROTOKOLL 2025:4')).toBe('2025:4'));
  it('still reads `Protokoll nr 3/2025`', () => expect(numberOf('Protokoll nr 3/2025')).toBe('3/2025'));
});

// (an association's board numbers its meetings within an operating year of two calendar years)
describe('a number in an operating year written with two slashes', () => {
  it('keeps `NR 4/2010/2011` whole', () => expect(numberOf('PROTOKOLL NR 4/2010/2011')).toBe('4/2010/2011'));
  it('is never a date written with slashes', () => expect(numberOf('Protokoll 4/5/2011')).toBeNull());
});
