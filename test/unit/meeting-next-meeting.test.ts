// Notes whose points have no numbers: the header runs to their end, and the point `Nästa möte`
// with its day, hours and place (`Den 12 juni kl. 9–11 på förbundets kontor`) is another meeting.
// Its day had won over the day in the notes' own heading. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const NOTES = (next: string[]) =>
  text(
    'Minnesanteckningar beredningsgruppen', 'Samordningsförbundet Ekbygd 2024-05-02', '',
    'Närvarande: Anna Lind (Ekby kommun), Per Holm (Försäkringskassan), Maria Ek (förbundschef)', '',
    'Ekonomi', 'Maria redovisade det ekonomiska utfallet för första kvartalet.', '',
    ...next, '',
    'Vid anteckningarna', 'Maria Ek',
  );

describe('the next meeting in notes without numbered points', () => {
  it('gives neither the day nor the place of this one', () => {
    const d = parseText(NOTES(['Nästa möte', 'Den 12 juni kl. 9-11 på förbundets kontor.'])).documents[0]!;
    expect(d.meeting).toMatchObject({ date: '2024-05-02', startTime: null, location: null });
  });

  it('nor when its day stands on the heading’s line', () => {
    const d = parseText(NOTES(['Nästa sammanträde: 2024-06-12 kl. 13.00–15.00, Stadshuset'])).documents[0]!;
    expect(d.meeting).toMatchObject({ date: '2024-05-02', startTime: null, location: null });
  });
});
