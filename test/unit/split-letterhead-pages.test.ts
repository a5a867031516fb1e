// A letterhead flattened onto one line with its page counter (`Norrby kommun PROTOKOLL Sida 2(3)`):
// at the head of a later page, after page furniture removed (`Justerandes sign`), it goes on
// with the same minutes; at page one (`Sida 1(2)`) after the items, it opens the next minutes
// of the file. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const PAGE_ONE = text(
  'Norrby kommun PROTOKOLL Sida 1(3)', 'Kommunstyrelsen', 'Sammanträdesdatum 2024-03-12', '',
  '§ 15', 'Val av justerare', 'Kommunstyrelsen beslutar att utse Per Nyström att justera protokollet.', '',
  'Justerandes sign', '',
);
const PAGE_TWO = text(
  'Norrby kommun PROTOKOLL Sida 2(3)', 'Kommunstyrelsen', 'Sammanträdesdatum 2024-03-12', '',
  '§ 16', 'Budget 2025', 'Kommunstyrelsen beslutar att godkänna budgeten.', '',
);
const PAGE_THREE = text(
  'Norrby kommun PROTOKOLL Sida 3(3)', 'Kommunstyrelsen', 'Sammanträdesdatum 2024-03-12', '',
  '§ 17', 'Taxor', 'Kommunstyrelsen beslutar att godkänna taxorna.',
);
const OTHER = text(
  'Norrby kommun PROTOKOLL Sida 1(2)', 'Socialnämnden', 'Sammanträdesdatum 2024-03-14', '',
  '§ 30', 'Val av justerare', 'Socialnämnden beslutar att utse Anna Ek att justera protokollet.',
);

describe('a flattened letterhead with its page counter', () => {
  it('at a later page, after furniture removed, goes on with the same minutes', () => {
    const r = parseText(PAGE_ONE + PAGE_TWO + PAGE_THREE);
    expect(r.documents.map((d) => [d.kind, d.items.map((i) => i.number)])).toEqual([['minutes', [15, 16, 17]]]);
  });

  it('at page one after the items, opens the next minutes', () => {
    const r = parseText(PAGE_ONE + PAGE_TWO + OTHER);
    expect(r.documents.map((d) => [d.kind, d.items.map((i) => i.number)])).toEqual([
      ['minutes', [15, 16]],
      ['minutes', [30]],
    ]);
    expect(r.documents[0]!.items[1]!.text).toBe('Kommunstyrelsen beslutar att godkänna budgeten.');
  });
});
