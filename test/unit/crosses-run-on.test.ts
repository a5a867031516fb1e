// An attendance table (`Ledamöter   Närvarande`, a name and a cross per row) that an extractor
// wrote on one line: `Karin Ås X, mötesordförande § 3-9 Olle Berg X Siv Ek anmält förhinder …`.
// Each cross ends its person's entry and is no part of the name; a list under a sub-heading
// run on the same way keeps its people; the adjuster elected under a run-on `Beslut` is read.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { cutAtCrosses } from '../../src/parse/participants/attendance.js';
import { parse } from '../../src/index.js';

describe('a list and its column of crosses run on into one text', () => {
  it('is cut into one entry per person', () => {
    expect(cutAtCrosses('Karin Ås X, mötesordförande § 3-9 Olle Berg X Siv Ek anmält förhinder Tom Dal X, ej § 8-9 Eva Maria Ström X')).toEqual([
      'Karin Ås X, mötesordförande § 3-9',
      'Olle Berg X',
      'Siv Ek anmält förhinder',
      'Tom Dal X, ej § 8-9',
      'Eva Maria Ström X',
    ]);
    // (one cross, or none, leaves the text whole)
    expect(cutAtCrosses('Karin Ås X, mötesordförande')).toEqual(['Karin Ås X, mötesordförande']);
    expect(cutAtCrosses('Lars X Holm, Anna Ek')).toEqual(['Lars X Holm, Anna Ek']);
  });

  it('reads each person with the attendance the crosses and remarks give', () => {
    const text =
      'PROTOKOLL NR 2/2021 Möte med föreningens styrelse den 3 mars 2021 Ledamöter Närvarande Karin Ås X, mötesordförande § 3-9 ' +
      'Olle Berg X Siv Ek anmält förhinder Tom Dal X, ej § 8-9 Suppleanter Jan Ring X Mia Holt X Övriga Per Sten X, § 5 ' +
      '§3 Val av justerare Beslut att utse Olle Berg till justerare. §4 Budget Beslut att fastställa budgeten.\n';
    const [doc] = parse(text).documents;
    expect(doc!.participants.map((p) => [p.name, p.role])).toEqual([
      ['Karin Ås', 'member'],
      ['Olle Berg', 'member'],
      ['Siv Ek', 'absent'],
      ['Tom Dal', 'member'],
      ['Jan Ring', 'deputy'],
      ['Mia Holt', 'deputy'],
      ['Per Sten', 'other'],
    ]);
    expect(doc!.signatures?.adjusters).toEqual(['Olle Berg']);
  });
});
