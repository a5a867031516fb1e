// A front page that prints each person's party in a column of its own after the name, under
// column heads (`Ledamöter   Parti`), as many regions' and municipalities' templates do. The
// party belongs to the name on its row; the column is no list of people. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a party column after the names', () => {
  it('gives each person the party on their row, and the deputies under `Ersättare` their role', () => {
    const doc = meetingDoc(
      text(
        'REGION NORDMARK                                   PROTOKOLL',
        'Regionstyrelsen                                   Sammanträdesdatum 2024-02-06',
        '',
        'Plats och tid           Regionens hus, sal Älven, kl. 09.00–15.10',
        '',
        'Beslutande              Ledamöter                 Parti',
        '                        Maria Ek, ordförande      S',
        '                        Johan Berg                M',
        '                        Ola Sund                  SD',
        '',
        'Övriga närvarande       Ersättare',
        '                        Tove Lind                 V',
        '                        Arne Ros                  KD',
        '',
        'Justerare               Johan Berg',
        '',
        '§ 1 Val av justerare',
        'Regionstyrelsen utser Johan Berg (M) att justera protokollet.',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.role, p.party, p.position])).toEqual([
      ['Maria Ek', 'member', 'S', 'ordförande'],
      ['Johan Berg', 'member', 'M', null],
      ['Ola Sund', 'member', 'SD', null],
      ['Tove Lind', 'deputy', 'V', null],
      ['Arne Ros', 'deputy', 'KD', null],
    ]);
  });

  it('leaves a party written before the name as it was read', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Socialnämnden',
        'Plats och tid   Kommunhuset kl 13.00-15.00',
        '',
        'Beslutande      S    Berit Lund, ordförande',
        '                M    Karin Ström',
        '',
        '§ 1 Val av justerare',
        'Nämnden utser Karin Ström att justera protokollet.',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.party, p.position])).toEqual([
      ['Berit Lund', 'S', 'ordförande'],
      ['Karin Ström', 'M', null],
    ]);
  });
});
