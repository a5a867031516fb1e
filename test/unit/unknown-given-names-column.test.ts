// A front page whose participant lists stand in a value column beside their labels, one name a
// line (`Beslutande   Erk Holmer, ordförande` / `             Ryszard Nowicki` / …): a name whose
// given name the lexicon lacks, among the list's names in their column, is one of them, and the
// list goes on after it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const page = (...lists: string[]): string =>
  text(
    'PROTOKOLL',
    'Bygg- och miljönämnden',
    'Sammanträdesdatum 2023-09-21',
    '',
    'Plats och tid     Stadshuset, sal Ugglan, kl. 09.00-11.30',
    '',
    ...lists,
    '',
    'Utses att justera Anna Berg',
    '',
    '§ 1 Val av justerare',
    'Nämnden utser Anna Berg.',
  );

describe('a list of names in a value column', () => {
  it('keeps a name the lexicon does not know between known ones, and the names after it', () => {
    const doc = meetingDoc(
      page(
        'Beslutande        Erk Holmer, ordförande',
        '                  Anna Berg',
        '                  Ryszard Nowicki',
        '                  Xu Lin',
        '                  Per Nilsson',
        '                  Bo Ek, tjänstgörande ersättare',
        '',
        'Ersättare         Odd Varg',
        '                  Mwangi Otieno',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.role])).toEqual([
      ['Erk Holmer', 'member'],
      ['Anna Berg', 'member'],
      ['Ryszard Nowicki', 'member'],
      ['Xu Lin', 'member'],
      ['Per Nilsson', 'member'],
      ['Bo Ek', 'deputy'],
      ['Odd Varg', 'deputy'],
      ['Mwangi Otieno', 'deputy'],
    ]);
  });

  it('keeps unknown names run to the end of the list', () => {
    const doc = meetingDoc(
      page('Beslutande        Anna Berg (S), ordförande', '                  Erk Holmer', '                  Zdravko Kos'),
    );
    expect(doc.participants.map((p) => p.name)).toEqual(['Anna Berg', 'Erk Holmer', 'Zdravko Kos']);
  });

  it('does not take capitalised words after a blank line below the list', () => {
    const doc = meetingDoc(
      page('Beslutande        Anna Berg (S), ordförande', '                  Erk Holmer', '                  Per Nilsson (M)', '', '                  Norra Hallen'),
    );
    expect(doc.participants.map((p) => p.name)).toEqual(['Anna Berg', 'Erk Holmer', 'Per Nilsson']);
  });

  it('keeps an unknown name before the column of marks printed after the names', () => {
    const doc = meetingDoc(
      text('PROTOKOLL', '', 'Möte med styrelsen den 12 mars 2019', '', 'Ledamöter             Närvarande', 'Lova Brand', 'Per Nilsson', 'Erk Holmer', 'X, ordförande', 'X', 'X', '', '§ 1 Mötet öppnas', 'Mötet öppnades.'),
    );
    expect(doc.participants.map((p) => [p.name, p.position])).toEqual([
      ['Lova Brand', 'ordförande'],
      ['Per Nilsson', null],
      ['Erk Holmer', null],
    ]);
  });
});
