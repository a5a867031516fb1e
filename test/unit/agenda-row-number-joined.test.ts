// An agenda printed as a table (`Ärende   Föredragande   Typ`) whose point number stands one
// space before its title, in the title's cell (`3. Verksamhetsplan 2025   Förbundschef   Beslut`),
// with a line of the row under it (`Bilaga 1`). The title is the title cell's, not the next
// column's. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('an agenda row whose number shares the title\'s cell', () => {
  it('keeps the title when the row wraps onto a second line', () => {
    const doc = meetingDoc(
      text(
        'Kallelse till styrelsemöte',
        'Samordningsförbundet Kustbygd',
        'Tid: Torsdag 14 november 2024, kl. 09.00–12.00',
        'Plats: Kommunhuset i Havsby',
        '',
        'Ärende                                              Föredragande      Typ',
        '1. Val av justerare                                 Ordförande        Beslut',
        '2. Verksamhetsplan och budget 2025                  Förbundschef      Beslut',
        '   Bilaga 1',
        '3. Uppföljning av insatser tertial 2                Samordnare        Information',
        '4. Övriga frågor',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Val av justerare'],
      [2, 'Verksamhetsplan och budget 2025'],
      [3, 'Uppföljning av insatser tertial 2'],
      [4, 'Övriga frågor'],
    ]);
    expect(doc.items[1]!.type).toBe('decision');
    // (the presenter's column holds a position alone, on the wrapped row as on the others)
    expect(doc.items.map((i) => i.presenter)).toEqual(['Ordförande', 'Förbundschef', 'Samordnare', null]);
    expect(doc.items[1]!.text).toBe('');
  });
});
