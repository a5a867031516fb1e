// Agenda points that give a proposal on a labelled line and, on the next line, who handles
// the case (`Förslag till beslut: …` / `Handläggare: Lena Björk`, `Kontaktperson: …`): the
// label ends the proposal, as `Föredragande:` and `Bilaga:` do. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

describe('a case contact line under a proposal', () => {
  it('is no part of the proposal', () => {
    const doc = meetingDoc(
      text(
        'KALLELSE TILL STYRELSEMÖTE',
        'Samordningsförbundet Sjödal',
        'Datum: 2024-11-20',
        'Tid: 13.00-16.00',
        'Plats: Teams',
        '',
        'Ärenden',
        '',
        '1. Budget 2025',
        'Förslag till beslut: Styrelsen fastställer budget för 2025 enligt bilaga 1.',
        'Handläggare: Lena Björk',
        '',
        '2. Sammanträdesplan 2025',
        'Förslag till beslut: Styrelsen fastställer sammanträdesplanen.',
        'Kontaktperson: Ola Sund, förbundschef',
        '',
        '3. Övriga frågor',
      ),
    );
    expect(doc.kind).toBe('notice');
    expect(item(doc, 1).proposal).toBe('Styrelsen fastställer budget för 2025 enligt bilaga 1.');
    expect(item(doc, 1).attachments).toEqual(['1']);
    expect(item(doc, 2).proposal).toBe('Styrelsen fastställer sammanträdesplanen.');
  });
});
