// A web agenda's point with its case number run on after the title and a note after the number
// (`Budget 2014 Dnr 1.2.1/030-2013 Omedelbar justering`, `… Utsändes senare`), as its case lines carry
// (case-line-note.test.ts): the case number is read, and neither it nor the note stays in the title.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const AGENDA = text(
  'Sammanträde 2013-06-10', '', 'Datum', 'Klockan', '18:00', 'Plats', 'Stadshuset', '',
  '1 Val av justerare', '',
  '2 Ansökan om projektmedel Dnr 1.2.1/024-2013 Utsändes senare', '',
  '3 Budget 2014 Dnr 1.2.1/030-2013 Omedelbar justering', '',
  '4 Övriga frågor',
);

describe('a case number and its note ending a title line', () => {
  it('gives the case number and leaves the title clean', () => {
    const items = parseText(AGENDA).documents[0]!.items;
    expect(items.map((it) => [it.number, it.caseNumber, it.title])).toEqual([
      [1, null, 'Val av justerare'],
      [2, '1.2.1/024-2013', 'Ansökan om projektmedel'],
      [3, '1.2.1/030-2013', 'Budget 2014'],
      [4, null, 'Övriga frågor'],
    ]);
  });
});
