// Two headings of lists of their own roles stacked (`Beslutande` / `Ersättare`) and then all
// their names one a line, with no blank line between the lists: each heading takes its run of
// the names, the members' the longer. (`Närvarande` / `Ledamöter` still stands over one list.)
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const front = (...lists: string[]) =>
  meetingDoc(
    text(
      'Sammanträdesprotokoll',
      'Socialnämnden',
      'Sammanträdesdatum 2021-04-12',
      'Plats och tid Kommunhuset, Storby, kl. 13.00-15.30',
      ...lists,
      'Utses att justera Bo Lind',
      '§ 1 Val av justerare',
      'Bo Lind utses att justera.',
    ),
  );

describe('stacked list headings over one block of names', () => {
  it('gives the members\' heading the first names and the deputies\' the rest', () => {
    const doc = front('Beslutande', 'Ersättare', 'Anna Ek (S), ordförande', 'Bo Lind (M)', 'Karin Ås (C)', 'Nils Berg (S)', 'Övriga deltagare', 'Per Ahl, sekreterare');
    expect(doc.participants.map((p) => [p.name, p.role, p.roleLabel])).toEqual([
      ['Anna Ek', 'member', 'Beslutande'],
      ['Bo Lind', 'member', 'Beslutande'],
      ['Karin Ås', 'member', 'Beslutande'],
      ['Nils Berg', 'deputy', 'Ersättare'],
      ['Per Ahl', 'other', 'Övriga deltagare'],
    ]);
  });

  it('keeps a heading that only says who was there over the list under it', () => {
    const doc = front('Närvarande', 'Ledamöter', 'Anna Ek (S), ordförande', 'Bo Lind (M)', 'Karin Ås (C)');
    expect(doc.participants.map((p) => [p.name, p.role, p.roleLabel])).toEqual([
      ['Anna Ek', 'member', 'Ledamöter'],
      ['Bo Lind', 'member', 'Ledamöter'],
      ['Karin Ås', 'member', 'Ledamöter'],
    ]);
  });
});
