// Page furniture that writes `sign.` before the role (`Sign. ordf.   Sign. just.`), as
// association minutes' footers do, beside the usual `Ordf. sign.`: no part of any §'s text.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('footers that write `Sign.` before the role', () => {
  it('`Sign. ordf.  Sign. just.` and `Sign. sekr.` leave the §s\' text', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Styrelsen för Samordningsförbundet Östra Myrlandet',
        'Tid: Tisdag 8 oktober 2024 kl. 13.00–15.00',
        'Plats: Förbundets kontor, Myrby',
        '',
        '§ 1 Val av justerare',
        'Lisa Ek valdes.',
        '',
        'Sign. ordf.                Sign. just.',
        '',
        '§ 2 Budget 2025',
        'Budgeten godkändes.',
        '',
        'Sign. ordf.     Sign. sekr.     Sign. just.',
        '',
        '§ 3 Övriga frågor',
        'Inga övriga frågor.',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.text])).toEqual([
      [1, 'Lisa Ek valdes.'],
      [2, 'Budgeten godkändes.'],
      [3, 'Inga övriga frågor.'],
    ]);
  });
});
