// Swedish-language Finnish minutes name the member a deputy serves for in the genitive before
// `ersättare` (`Vik Sten   Ahls ersättare`: Sten Vik is Ahl's deputy), in the table's position
// column and in the same list flattened onto one line by a transcript. Every name is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const COLUMNS = text(
  'NORRBY STAD                                   PROTOKOLL 3/2024',
  'Stadsstyrelsen',
  '',
  'TID            12.2.2024 kl. 17:30–20:10',
  'PLATS          Rådhuset, stadsstyrelsens sammanträdesrum',
  '',
  'NÄRVARANDE     Sund Kaj                 ordförande',
  '               Rask Olof                medlem',
  '               Vik Sten                 Ahls ersättare',
  '               Nord Lena                Heijn-Åkers ersättare',
  '',
  'FRÅNVARANDE    Ahl Berit                medlem',
  '               Heijn-Åker Mia           medlem',
  '',
  '§ 1',
  'MÖTETS LAGLIGHET OCH BESLUTFÖRHET',
  '',
  'Beslut:',
  'Mötet konstaterades vara lagligt sammankallat och beslutfört.',
);

const FLATTENED = text(
  '1 NORRBY STAD PROTOKOLL 3/ Stadsstyrelsen TID kl. 17:30-20:10 PLATS Rådhuset NÄRVARANDE Sund Kaj ordförande Rask Olof medlem Vik Sten Ahls ersättare Holm Claes medlem ÖVRIGA Berg Mats stadsdirektör FRÅNVARANDE Ahl Berit medlem',
  '',
  '2 NORRBY STAD PROTOKOLL 3/ Stadsstyrelsen § 1 Mötets laglighet och beslutförhet Beslut: Mötet konstaterades vara lagligt sammankallat och beslutfört.',
);

describe('a deputy named with the member in the genitive (`Ahls ersättare`)', () => {
  it('reads the member from the position column, the name without the genitive', () => {
    const people = meetingDoc(COLUMNS).participants;
    expect(people.filter((p) => p.role === 'deputy').map((p) => [p.name, p.substituteFor, p.position])).toEqual([
      ['Vik Sten', 'Ahl Berit', null],
      ['Nord Lena', 'Heijn-Åker Mia', null],
    ]);
  });

  it('reads it in the list flattened onto one line, and leaves a given name ending in s alone', () => {
    const people = meetingDoc(FLATTENED).participants;
    expect(people.map((p) => [p.name, p.role, p.substituteFor])).toEqual([
      ['Sund Kaj', 'member', null],
      ['Rask Olof', 'member', null],
      ['Vik Sten', 'deputy', 'Ahl Berit'],
      ['Holm Claes', 'member', null],
      ['Berg Mats', 'other', null],
      ['Ahl Berit', 'absent', null],
    ]);
  });
});

describe('the member a deputy serves for, named by the surname alone', () => {
  it('stays the surname where two people of the lists bear it', () => {
    const people = meetingDoc(FLATTENED.replace('ÖVRIGA Berg Mats stadsdirektör', 'ÖVRIGA Ahl Kurt stadsdirektör')).participants;
    expect(people.find((p) => p.name === 'Vik Sten')?.substituteFor).toBe('Ahl');
  });
});
