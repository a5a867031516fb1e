// An attendance table of the members and, on each member's row, the personal deputy, under the two columns' heads
// (`ORDINARIE   ERSÄTTARE`), a cross after the name of whoever came; and rolls written surname first whose crosses
// follow the names (`Holm, Anna X Lund, Per X Strand, Eva Dahl, Rut X`). The cross says who came, the column the role;
// a cross is never a part of a name nor an organisation. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const roster = (...lines: string[]) =>
  meetingDoc(text('PROTOKOLL', 'Kommunstyrelsen 2025-03-04', '', ...lines, 'Utses att justera: Per Lund', '', '§ 1 Val av justerare', 'Per Lund utses.')).participants.map(
    (p) => [p.name, p.role, p.organisation, p.substituteFor],
  );

describe('members and their personal deputies on one row each', () => {
  it('reads each row surname first with commas: the member, then the deputy, a cross for who came', () => {
    expect(roster('Närvarande', 'ORDINARIE ERSÄTTARE', 'Holm, Anna X Berg, Olle', 'Lund, Per X Ek, Stina', 'Strand, Eva Nord, Kalle X')).toEqual([
      ['Holm Anna', 'member', null, null],
      ['Berg Olle', 'deputy', null, null],
      ['Lund Per', 'member', null, null],
      ['Ek Stina', 'deputy', null, null],
      ['Strand Eva', 'absent', null, null],
      ['Nord Kalle', 'deputy', null, 'Strand Eva'],
    ]);
  });

  it('reads the rows run on in one line, the names without commas, a position after the member', () => {
    expect(roster('Närvarande', 'Ordinarie   Personlig ersättare', 'Sand Ove, ordf. X Ahl Siv Vik Tor Dahl Rut X Falk Bo X Rask Ida')).toEqual([
      ['Sand Ove', 'member', null, null],
      ['Ahl Siv', 'deputy', null, null],
      ['Vik Tor', 'absent', null, null],
      ['Dahl Rut', 'deputy', null, 'Vik Tor'],
      ['Falk Bo', 'member', null, null],
      ['Rask Ida', 'deputy', null, null],
    ]);
  });
});

describe('a roll written surname first, its crosses after the names', () => {
  it('cuts at each name, the surname with its comma, and reads no surname as the person before', () => {
    expect(roster('Beslutande', 'Holm, Anna X Lund, Per X Strand, Eva Dahl, Rut X')).toEqual([
      ['Holm Anna', 'member', null, null],
      ['Lund Per', 'member', null, null],
      ['Strand Eva', 'absent', null, null],
      ['Dahl Rut', 'member', null, null],
    ]);
  });

  it('cuts the same roll without commas', () => {
    expect(roster('Beslutande Holm Anna X Lund Per X Strand Eva Dahl Rut X')).toEqual([
      ['Holm Anna', 'member', null, null],
      ['Lund Per', 'member', null, null],
      ['Strand Eva', 'absent', null, null],
      ['Dahl Rut', 'member', null, null],
    ]);
  });
});
