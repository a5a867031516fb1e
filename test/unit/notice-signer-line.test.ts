// A notice signed on one line at its end: `Name, ordförande`, `Name / Name, sekreterare`.
// Every name, place and date is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const NOTICE = (...end: string[]): string =>
  text('KALLELSE', 'Samordningsförbundet Fjällbygd', 'Styrelsen', '', 'Tid: Torsdag 11 april 2024, kl. 09.00–11.30', 'Plats: Kommunhuset, Tallby', '',
    '1. Mötets öppnande', '2. Val av justerare', '3. Övriga frågor', '', 'Varmt välkomna!', '', ...end);

describe('a notice\'s signer on one line', () => {
  it('reads `Name, ordförande` as the chair who signs', () => {
    const doc = meetingDoc(NOTICE('Greta Wiklund, ordförande'));
    expect(doc.signatures).toMatchObject({ chair: ['Greta Wiklund'], secretary: [], adjusters: [] });
  });

  it('gives two names before one role both that role', () => {
    const doc = meetingDoc(NOTICE('Greta Wiklund / Arvid Nyqvist, sekreterare'));
    expect(doc.signatures).toMatchObject({ chair: [], secretary: ['Greta Wiklund', 'Arvid Nyqvist'] });
  });

  it('gives each name its own role, and reads past a telephone line after it', () => {
    const doc = meetingDoc(NOTICE('Greta Wiklund, ordförande / Arvid Nyqvist, förbundschef', 'Tfn 070-000 00 00'));
    expect(doc.signatures).toMatchObject({ chair: ['Greta Wiklund'], secretary: [] });
  });

  it('takes no signer from a line that is no name and role', () => {
    expect(meetingDoc(NOTICE('Handlingar skickas ut, senast fredag.')).signatures).toBeNull();
  });
});

describe('a notice\'s signer with a telephone number on the same line', () => {
  it('reads the role before the number', () => {
    expect(meetingDoc(NOTICE('Greta Wiklund, ordförande, tfn 070-000 00 00')).signatures).toMatchObject({ chair: ['Greta Wiklund'] });
  });
});
