// A notice signed at its end by the chair and an official whose title signs nothing (`Greta Wiklund
// Arvid Nyqvist` over `Ordförande Förbundschef`, in columns or one space apart): the chair is read,
// the other title is nobody's signing role. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const NOTICE = (...end: string[]): string =>
  text('KALLELSE', 'Samordningsförbundet Fjällbygd', 'Styrelsen', '', 'Tid: Torsdag 11 april 2024, kl. 09.00–11.30', 'Plats: Kommunhuset, Tallby', '',
    '1. Mötets öppnande', '2. Val av justerare', '3. Övriga frågor', '', ...end);

describe('a notice\'s names over their titles', () => {
  it.each([
    [['Greta Wiklund Arvid Nyqvist', 'Ordförande Förbundschef']],
    [['Greta Wiklund          Arvid Nyqvist', 'Ordförande             Förbundschef']],
    [['Arvid Nyqvist Greta Wiklund', 'förbundschef ordförande']],
  ])('reads the chair: %j', (end) => {
    expect(meetingDoc(NOTICE(...end)).signatures).toMatchObject({ chair: ['Greta Wiklund'], secretary: [], adjusters: [] });
  });

  it('reads no signer where no title is a signer\'s (guard)', () => {
    expect(meetingDoc(NOTICE('Greta Wiklund Arvid Nyqvist', 'Förbundschef Ekonom')).signatures).toBeNull();
  });
});
