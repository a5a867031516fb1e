// A § number written with the year of a register that counts §§ a year: `§ 2024:15`, or the
// year after the organ's letters, `KS 2024 § 15`: the § is 15, not 2024 with a sub-number.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const body = (a: string, b: string): string =>
  text(
    'PROTOKOLL', 'Kommunstyrelsen', 'Sammanträdesdatum 2024-03-12', '',
    a, 'Val av justerare', 'Kommunstyrelsen beslutar att utse Per Nyström att justera protokollet.', '',
    b, 'Budget 2025', 'Kommunstyrelsen beslutar att godkänna budgeten.',
  );

describe('a § number with its register`s year', () => {
  it.each([
    ['§ 2024:15', '§ 2024:16'],
    ['KS 2024 § 15', 'KS 2024 § 16'],
  ])('%s', (a, b) => {
    const doc = meetingDoc(body(a, b));
    expect(doc.items.map((i) => [i.number, i.label, i.title, i.text])).toEqual([
      [15, null, 'Val av justerare', 'Kommunstyrelsen beslutar att utse Per Nyström att justera protokollet.'],
      [16, null, 'Budget 2025', 'Kommunstyrelsen beslutar att godkänna budgeten.'],
    ]);
  });

  it('a sub-number after a § number is still its label', () => {
    const doc = meetingDoc(body('§ 15:1', '§ 15:2'));
    expect(doc.items.map((i) => [i.number, i.label ?? i.subItems.map((s) => s.label).join()])).toEqual([[15, '1,2']]);
  });
});
