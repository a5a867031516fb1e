// Given names from the middle of the frequency lists that the lexicon lacked: a list of
// officials written without commas or brackets (`Arne Bok Jeannette Frid Wiktor Lund`) finds
// where each person starts only by their given names. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const others = (list: string): string[] => meetingDoc(text(
  'PROTOKOLL', 'Kommunstyrelsen 2024-03-05', '',
  'Beslutande: Olof Berg (S), ordförande, Eva Lind (M)',
  `Övriga närvarande: ${list}`,
  'Utses att justera: Eva Lind', '', '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.',
)).participants.filter((p) => p.role === 'other').map((p) => p.name);

describe('given names of the lists’ middle', () => {
  it('splits a bare list on Jeannette and Wiktor', () => {
    expect(others('Arne Bok Jeannette Frid Wiktor Lund')).toEqual(['Arne Bok', 'Jeannette Frid', 'Wiktor Lund']);
  });

  it('splits a bare list on Susanna and Cajsa', () => {
    expect(others('Arne Bok Susanna Frid Cajsa Lund')).toEqual(['Arne Bok', 'Susanna Frid', 'Cajsa Lund']);
  });
});
