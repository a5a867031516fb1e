// An attendance list whose column of marks an extractor printed after the column of names
// (`Ledamöter   Närvarande`, the names one a line, then `X`, `X, mötesordförande`, `anmält
// förhinder`, `X, § 3 - § 4` one a line in the same order). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const lines = (gap: string): string =>
  text(
    'PROTOKOLL NR 2/2018', '', 'Möte med föreningens styrelse den 14 april 2018', '',
    `Ledamöter${gap}Närvarande`,
    'Lova Brand', 'Erik Holmer', 'Stig Fager', 'Tyra Kvam',
    'X, mötesordförande', 'X', 'anmält förhinder', 'X',
    'Suppleanter', 'Nora Ekvall', 'X',
    'Övriga', 'Bo Ringdal', 'Maja Sjölin', 'X, § 3 - § 4', 'X, § 3 - § 4', '',
    '§ 1 Mötet öppnas', 'Lova Brand förklarar mötet öppnat.',
  );

describe('a column of marks printed after its names', () => {
  for (const [layout, gap] of [['the heads in two columns', '             '], ['the heads one space apart', ' ']] as const) {
    it(`pairs each mark back with its name (${layout})`, () => {
      const doc = meetingDoc(lines(gap));
      expect(doc.participants.map((p) => [p.name, p.role, p.roleLabel, p.position, p.paragraphs])).toEqual([
        ['Lova Brand', 'member', 'Ledamöter', 'mötesordförande', null],
        ['Erik Holmer', 'member', 'Ledamöter', null, null],
        ['Stig Fager', 'absent', 'Ledamöter', null, null],
        ['Tyra Kvam', 'member', 'Ledamöter', null, null],
        ['Nora Ekvall', 'deputy', 'Suppleanter', null, null],
        ['Bo Ringdal', 'other', 'Övriga', null, { from: 3, to: 4 }],
        ['Maja Sjölin', 'other', 'Övriga', null, { from: 3, to: 4 }],
      ]);
    });
  }
});
