// The record of a meeting under no kind's word (`Styrelsemöte` / `Datum: …` / `Plats: …`, then
// numbered points whose text decides: `Styrelsen beslutar att …`): notes, with its points and
// decisions; it was `other` and lost them all. The same layout with nothing decided stays an
// agenda. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const HEAD = text('Styrelsemöte', 'Samordningsförbundet Västerdal', 'Datum: 2024-05-02', 'Plats: Kansliet', '');

describe('a meeting record with no kind word in its title', () => {
  it('numbered points that decide: notes', () => {
    const [doc] = parseText(
      HEAD +
        text('1. Mötets öppnande', 'Ordföranden öppnade mötet.', '', '2. Budget 2025', 'Styrelsen beslutar att godkänna budgeten.', '', '3. Övriga frågor', 'Inga övriga frågor.'),
    ).documents;
    expect(doc!.kind).toBe('notes');
    expect(doc!.title).toBe('Styrelsemöte');
    expect(doc!.meeting?.date).toBe('2024-05-02');
    expect(doc!.items.map((i) => [i.number, i.title, i.decisions.map((d) => d.text)])).toEqual([
      [1, 'Mötets öppnande', []],
      [2, 'Budget 2025', ['Styrelsen beslutar att godkänna budgeten.']],
      [3, 'Övriga frågor', []],
    ]);
  });

  it('numbered points and nothing decided: an agenda', () => {
    const [doc] = parseText(HEAD + text('1. Mötets öppnande', '2. Budget 2025', '3. Övriga frågor')).documents;
    expect(doc!.kind).toBe('notice');
  });
});
