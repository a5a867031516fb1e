// Minutes whose § headings are the organ's letters and the number, a tab, then the case number
// (`KS 15<TAB>Dnr KS 2024/33`, as a word processor's tab stop leaves them in a text export), the
// title on the line under: each opens a § with its case number. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const doc = meetingDoc(
  text(
    'Ekby kommun',
    'SAMMANTRÄDESPROTOKOLL',
    'Kommunstyrelsen',
    '2024-03-12',
    '',
    'KS 15\tDnr KS 2024/33',
    'Budget 2025',
    '',
    'Kommunstyrelsen beslutar att godkänna budgeten.',
    '',
    'KS 16\tDnr KS 2024/41',
    'Taxor 2025',
    '',
    'Kommunstyrelsen beslutar att fastställa taxorna.',
    '',
    'KS 17\tDnr KS 2024/52',
    'Övriga frågor',
    '',
    'Inga övriga frågor.',
  ),
);

describe("an organ's heading with a tab before its case number", () => {
  it('opens a § with the case number and the title under it', () => {
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [15, 'Budget 2025', 'KS 2024/33'],
      [16, 'Taxor 2025', 'KS 2024/41'],
      [17, 'Övriga frågor', 'KS 2024/52'],
    ]);
    expect(doc.items[0]!.text).toBe('Kommunstyrelsen beslutar att godkänna budgeten.');
  });
});
