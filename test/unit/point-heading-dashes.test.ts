// Points whose number a dash or a colon follows (`1 – Mötets öppnande`, `1: Mötets öppnande`,
// `Punkt 3 – Budget 2026`): the number and the title, the dash no part of the title. A number,
// a dash and a word in lower case (`3 – 5 deltagare`, a range) is no point. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const head = ['DAGORDNING', 'Styrelsen, Samordningsförbundet Norrdal', 'Datum: 2026-01-20', ''];
const titles = (doc: ReturnType<typeof meetingDoc>): [number | null, string][] => doc.items.map((it) => [it.number, it.title]);

describe('a dash or a colon after a point’s number', () => {
  it('reads `1 – Title` points', () => {
    const doc = meetingDoc(text(...head, '1 – Mötets öppnande', '2 – Val av justerare', '3 – Budget 2026', '4 – Övriga frågor'));
    expect(titles(doc)).toEqual([[1, 'Mötets öppnande'], [2, 'Val av justerare'], [3, 'Budget 2026'], [4, 'Övriga frågor']]);
  });

  it('reads `1: Title` points', () => {
    const doc = meetingDoc(text(...head, '1: Mötets öppnande', '2: Val av justerare', '3: Budget 2026'));
    expect(titles(doc)).toEqual([[1, 'Mötets öppnande'], [2, 'Val av justerare'], [3, 'Budget 2026']]);
  });

  it('reads `Punkt 3 – Title` without the dash', () => {
    const doc = meetingDoc(
      text('PROTOKOLL', 'Styrelsen, Samordningsförbundet Norrdal', 'Datum: 2026-01-20', '', 'Punkt 1 – Mötets öppnande', 'Ordföranden öppnade mötet.', '', 'Punkt 2 - Budget 2026', 'Beslut: Styrelsen fastställer budgeten.'),
    );
    expect(titles(doc)).toEqual([[1, 'Mötets öppnande'], [2, 'Budget 2026']]);
  });

  it('reads no point in a range of numbers in a point’s text (guard)', () => {
    const doc = meetingDoc(text(...head, '1. Mötets öppnande', '2. Insatser', '', '3 – 5 deltagare per grupp.', '', '3. Övriga frågor'));
    expect(titles(doc)).toEqual([[1, 'Mötets öppnande'], [2, 'Insatser'], [3, 'Övriga frågor']]);
    expect(doc.items[1]!.text).toBe('3 – 5 deltagare per grupp.');
  });
});
