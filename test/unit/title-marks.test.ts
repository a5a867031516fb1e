// What a point's title carries besides its words: its type in brackets (`Budget 2026
// (beslut)`, `Årsredovisning (för beslut)`, `Nationella rådet (information)`) or after a dash
// as `för kännedom`; a case number followed by an attachment's mark (`Årsredovisning 2024 Dnr
// 2025/2 (bilaga 3)`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const agenda = meetingDoc(
  text(
    'DAGORDNING', 'Styrelsen, Samordningsförbundet Norrdal', 'Datum: 2026-01-20', '',
    '1. Mötets öppnande', '2. Budget 2026 (beslut)', '3. Rapport från insatserna – för kännedom', '4. Nationella rådet (information)',
    '5. Årsredovisning 2025 (för beslut)', '6. Samverkan (Region Norrdal)', '7. Övriga frågor',
  ),
);

describe('marks on a title', () => {
  it('reads the type in brackets, or `för kännedom` after a dash, off the title', () => {
    expect([2, 3, 4, 5].map((n) => [item(agenda, n).title, item(agenda, n).type])).toEqual([
      ['Budget 2026', 'decision'],
      ['Rapport från insatserna', 'information'],
      ['Nationella rådet', 'information'],
      ['Årsredovisning 2025', 'decision'],
    ]);
  });

  it('leaves other words in brackets in the title (guard)', () => {
    expect([item(agenda, 6).title, item(agenda, 6).type]).toEqual(['Samverkan (Region Norrdal)', null]);
  });

  it('reads a case number that an attachment’s mark follows', () => {
    const doc = meetingDoc(text('PROTOKOLL', 'Styrelsen, Samordningsförbundet Norrdal', 'Datum: 2026-01-20', '', '§ 10 Årsredovisning 2024 Dnr 2025/2 (bilaga 3)', 'Styrelsen godkänner årsredovisningen.'));
    const p = item(doc, 10);
    expect([p.title, p.caseNumber, p.attachments]).toEqual(['Årsredovisning 2024', '2025/2', ['3']]);
  });
});
