// An attendance table whose head row holds columns of marks between two lists of people
// (`Ledamöter   Närv.   Frånv.   Tjänstgörande ersättare`): a mark goes with the name before
// it, a name in the last column is a deputy. Every name, place and date is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a table with marks between two lists', () => {
  const doc = meetingDoc(
    text(
      'Sammanträdesprotokoll',
      'Valnämnden                                           Sammanträdesdatum',
      '                                                     2024-03-05',
      '',
      'Plats och tid     KS-salen, Stadshuset, kl. 13.15-14.30',
      '',
      'Ledamöter                          Närv.   Frånv.   Tjänstgörande ersättare',
      'Anna Elvby, ordf (S)               X',
      'Lars-Göran Stålby (S)                      X        Curt Nyby (S)',
      'Roland Nilby (M)                   X',
      'Ersättare                          Närv.   Frånv.',
      'Anette Lövby (S)                   X',
      'Birgitta Larsby (C)                        X',
      '',
      '§ 1 Fastställande av föredragningslista',
      'Föredragningslistan fastställs.',
    ),
  );

  it('reads each mark with its name, and the name beside a mark as a serving deputy', () => {
    expect(doc.participants.map((p) => [p.name, p.role, p.organisation])).toEqual([
      ['Anna Elvby', 'member', null],
      ['Lars-Göran Stålby', 'absent', null],
      ['Roland Nilby', 'member', null],
      ['Curt Nyby', 'deputy', null],
      ['Anette Lövby', 'deputy', null],
      ['Birgitta Larsby', 'absent', null],
    ]);
  });
});
