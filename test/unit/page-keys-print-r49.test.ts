// removeRunningHeads asks every line for the first two letters of its print (printStart) before it makes the print:
// the test must answer as the print itself would, or a line that recurs at the pages' edges would go uncounted.
import { describe, expect, it } from 'vitest';
import { printOf, printStart, startOfPrint } from '../../src/normalise/page-keys.js';

const samples = [
  '',
  '2024-03-14',
  'Sida 2 (5)',
  'KRONVIK KOMMUN   PROTOKOLL   3 (12)',
  'Sammanträdesdatum 2023-05-10',
  '§ 4 Årsredovisning',
  'Ö',
  'x',
  '1 Ä 2',
  // a capital whose lower case is two code units
  'İnce Ek',
  'İ',
  // a lone surrogate, a combining mark, odd spaces
  '\ud835 Ab',
  'e\u0301lan',
  '\u00a0\u2003Åby',
];

describe('printStart', () => {
  it('is the first two code units of the print, for every kind of first letters', () => {
    for (const text of samples) expect(printStart(text), JSON.stringify(text)).toBe(startOfPrint(printOf(text)));
  });

  it('tells lines of different first letters apart', () => {
    expect(printStart('Kommunstyrelsen')).not.toBe(printStart('Kallelse'));
    expect(printStart('Kommunstyrelsen')).toBe(printStart('KOMMUNFULLMÄKTIGE'));
  });
});
