// `Beslutande: Övriga deltagande:` printed on one line, and under them one run of every name (`Anna Ek (S), ordförande
// Bo Ås (M) … Maja Nord, socialchef …`): the labels' block, then the values' block. The run is both heads', each person
// under the head their party, seat or position says; the first name is not the members' list alone. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const roster = (t: string) => meetingDoc(t).participants.map((p) => [p.name, p.role, p.roleLabel]);
const minutes = (heads: string, run: string) => text('PROTOKOLL', 'Socialnämnden 2025-03-04', '', heads, run, 'Utses att justera: Bo Ås', '', '§ 1 Val av justerare', 'Bo Ås utses.');

describe('two heads over one run of names', () => {
  it('gives the members those with a party, the others the staff', () => {
    expect(roster(minutes('Beslutande: Övriga deltagande:', 'Anna Ek (S), ordförande Bo Ås (M) Eva Lind (C) Per Holm (S) Maja Nord, socialchef Siv Ros, sekreterare'))).toEqual([
      ['Anna Ek', 'member', 'Beslutande'],
      ['Bo Ås', 'member', 'Beslutande'],
      ['Eva Lind', 'member', 'Beslutande'],
      ['Per Holm', 'member', 'Beslutande'],
      ['Maja Nord', 'other', 'Övriga deltagande'],
      ['Siv Ros', 'other', 'Övriga deltagande'],
    ]);
  });

  it('reads a deputy among the others as a deputy, the parties written in lower case', () => {
    expect(roster(minutes('Ledamöter Övriga närvarande', 'Olle Berg (s) ordförande Tina Sund (m) Rut Ahl (c) Kent Ahl (s) ersättare Lisa Dahl, förvaltningschef'))).toEqual([
      ['Olle Berg', 'member', 'Ledamöter'],
      ['Tina Sund', 'member', 'Ledamöter'],
      ['Rut Ahl', 'member', 'Ledamöter'],
      ['Kent Ahl', 'deputy', 'Ledamöter'],
      ['Lisa Dahl', 'other', 'Övriga närvarande'],
    ]);
  });

  it('leaves each head its own names where they stand on its line', () => {
    expect(roster(text('PROTOKOLL', 'Socialnämnden 2025-03-04', '', 'Beslutande: Anna Ek (S), ordförande', 'Övriga deltagande: Maja Nord, socialchef', '', '§ 1 Val av justerare', 'Anna Ek utses.'))).toEqual([
      ['Anna Ek', 'member', 'Beslutande'],
      ['Maja Nord', 'other', 'Övriga deltagande'],
    ]);
  });
});
