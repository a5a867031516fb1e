// Agendas whose point's type (`Informationsärende`, `Beslutsärende`) stands under the title with a
// blank line between, as double-spaced text and web archives that put a blank line after every
// line leave it: the singular word is still the point's own type, no group heading of the points
// after it, and no part of the point's text. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe("a point's type line set apart by a blank line", () => {
  it('in a text with a blank line after every line', () => {
    const doc = meetingDoc(
      text('KALLELSE', '', 'Samordningsförbundet Björkvik', '', 'Styrelsen', '', 'Datum: 2025-03-20', '', 'Ärenden', '', '1. Mötets öppnande', '', '2. Ekonomisk rapport', '', 'Informationsärende', '', '3. Budget 2026', '', 'Beslutsärende', '', '4. Övriga frågor'),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.type, i.section, i.text])).toEqual([
      [1, 'Mötets öppnande', null, null, ''],
      [2, 'Ekonomisk rapport', 'information', null, ''],
      [3, 'Budget 2026', 'decision', null, ''],
      [4, 'Övriga frågor', null, null, ''],
    ]);
  });

  it('above the proposal', () => {
    const doc = meetingDoc(
      text('KALLELSE', 'Samordningsförbundet Björkvik', 'Styrelsen', 'Datum: 2025-03-20', '', '1. Budget 2026', '', 'Beslutsärende', '', 'Förslag till beslut: Styrelsen fastställer budgeten.', '', '2. Övriga frågor'),
    );
    expect(doc.items.map((i) => [i.number, i.type, i.proposal, i.text])).toEqual([
      [1, 'decision', 'Styrelsen fastställer budgeten.', 'Förslag till beslut: Styrelsen fastställer budgeten.'],
      [2, null, null, ''],
    ]);
  });
});
