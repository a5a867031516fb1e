// An attendance list whose column of marks an extractor printed after its names (`Ledamöter
// Närvarande`, the names one a line, then `X`, `X, ordförande`, `X, § 3 - § 4` one a line), with
// fewer or more marks than names (a cell left empty, a mark the extractor lost), or one name over
// its one mark. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const page = (...list: string[]): string =>
  text('PROTOKOLL NR 3/2019', '', 'Möte med styrelsen den 12 mars 2019', '', ...list, '', '§ 1 Mötet öppnas', 'Lova Brand förklarar mötet öppnat.');

describe('marks printed after their names, the counts unequal', () => {
  it('pairs what can be paired by position, and warns', () => {
    const doc = meetingDoc(
      page('Ledamöter             Närvarande', 'Lova Brand', 'Erk Holmer', 'Stig Fager', 'Tyra Kvam', 'X, ordförande', 'X', 'X, § 2 - § 5'),
    );
    expect(doc.participants.map((p) => [p.name, p.position, p.paragraphs])).toEqual([
      ['Lova Brand', 'ordförande', null],
      ['Erk Holmer', null, null],
      ['Stig Fager', null, { from: 2, to: 5 }],
      ['Tyra Kvam', null, null],
    ]);
    const w = doc.warnings.find((x) => x.code === 'attendance-marks-unpaired');
    expect(w?.line).toBe(6);
  });

  it('pairs the names with the first marks when there are more marks than names', () => {
    const doc = meetingDoc(page('Ledamöter             Närvarande', 'Lova Brand', 'Erk Holmer', 'X, ordförande', 'X, § 1 - § 3', 'X'));
    expect(doc.participants.map((p) => [p.name, p.position, p.paragraphs])).toEqual([
      ['Lova Brand', 'ordförande', null],
      ['Erk Holmer', null, { from: 1, to: 3 }],
    ]);
    expect(doc.warnings.map((x) => x.code)).toContain('attendance-marks-unpaired');
  });

  it('gives one name its one mark, without a warning', () => {
    const doc = meetingDoc(
      page('Ledamöter             Närvarande', 'Lova Brand', 'Erk Holmer', 'X, ordförande', 'X', 'Övriga', 'Bo Ringdal', 'X, § 3 - § 4'),
    );
    expect(doc.participants.map((p) => [p.name, p.role, p.paragraphs])).toEqual([
      ['Lova Brand', 'member', null],
      ['Erk Holmer', 'member', null],
      ['Bo Ringdal', 'other', { from: 3, to: 4 }],
    ]);
    expect(doc.warnings.map((x) => x.code)).not.toContain('attendance-marks-unpaired');
  });
});
