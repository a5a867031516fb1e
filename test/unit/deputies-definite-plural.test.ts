// Deputies named among the others by the plural's definite form opening their sentence
// (`Övriga deltagande   Ersättarna Kent Wik (M) och Ann Bo (S)`, `Suppleanterna …`), and as a
// heading of its own: deputies, not others whose position is `ersättarna`. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const rows = (...others: string[]) =>
  meetingDoc(
    text(
      'Socialnämnden                 SAMMANTRÄDESPROTOKOLL',
      '                              Sammanträdesdatum 2021-03-17',
      '',
      'Plats och tid          Kommunhuset, kl. 13:00-16:10',
      '',
      'Beslutande             Greta Holm (S), ordförande',
      '                       Nils Varg (S)',
      '',
      ...others,
      '',
      'Utses att justera      Nils Varg (S)',
      '',
      '§ 12 Val av justerare',
      'Nils Varg utses att justera protokollet.',
    ),
  ).participants.map((p) => [p.name, p.role, p.roleLabel, p.party, p.position]);

describe('`Ersättarna` opening a sentence of names among the others', () => {
  it('makes the names after it deputies, and the staff after them others', () => {
    expect(rows('Övriga deltagande      Ersättarna Kent Wik (M) och Ann Bo (S)', '                       Lotta Ring, sekreterare')).toEqual([
      ['Greta Holm', 'member', 'Beslutande', 'S', 'ordförande'],
      ['Nils Varg', 'member', 'Beslutande', 'S', null],
      ['Kent Wik', 'deputy', 'Ersättarna', 'M', null],
      ['Ann Bo', 'deputy', 'Ersättarna', 'S', null],
      ['Lotta Ring', 'other', 'Övriga deltagande', null, 'sekreterare'],
    ]);
  });

  it('reads `Suppleanterna` the same', () => {
    expect(rows('Övriga närvarande      Suppleanterna Eva Tuv (C), Kim Lax (L)').slice(2)).toEqual([
      ['Eva Tuv', 'deputy', 'Suppleanterna', 'C', null],
      ['Kim Lax', 'deputy', 'Suppleanterna', 'L', null],
    ]);
  });
});
