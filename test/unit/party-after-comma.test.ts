// A list run on in one line whose parties follow each name after a bare comma (`Monica Dahlén, S Marcus Berg,
// M …`, the last word a party): each party is the name's before it, not the next name's. A list that writes
// the party before each name (`S Marcus Berg, M Anna Ek`) keeps that reading. Every text is invented.
import { describe, expect, it } from 'vitest';
import { splitPersons } from '../../src/text/persons.js';
import { meetingDoc, text } from './helpers.js';

describe('a party after a bare comma', () => {
  it('goes with the name before it', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Socialnämnden', 'Sammanträdesdatum 2024-03-12', '',
        'Plats och tid Kommunhuset, kl 13.00-15.30',
        'Beslutande Monica Dahlén, S Marcus Berg, M Anna Ek, C Tove Lind, SD',
        'Ersättare Anna Sand, V Lena Holm, KD',
        'Utses att justera Anna Ek', '',
        '§ 1 Val av justerare', '', 'Anna Ek utses att justera protokollet.',
      ),
    );
    expect(doc.participants.map((p) => [p.role, p.name, p.party])).toEqual([
      ['member', 'Monica Dahlén', 'S'],
      ['member', 'Marcus Berg', 'M'],
      ['member', 'Anna Ek', 'C'],
      ['member', 'Tove Lind', 'SD'],
      ['deputy', 'Anna Sand', 'V'],
      ['deputy', 'Lena Holm', 'KD'],
    ]);
  });

  it('cuts such a list whatever the given names', () => {
    expect(splitPersons('Okke Sand, V Yrsa Holm, KD Wiremu Dahl, MP')).toEqual(['Okke Sand, V', 'Yrsa Holm, KD', 'Wiremu Dahl, MP']);
  });

  it('leaves a list with each party before its name as it was (guard)', () => {
    expect(splitPersons('S Marcus Berg, M Anna Ek, C Tove Lind')).toEqual(['S Marcus Berg,', 'M Anna Ek,', 'C Tove Lind']);
  });
});

describe('a party after a bare comma, whatever the given name', () => {
  it('makes the line a list of people', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Socialnämnden', 'Sammanträdesdatum 2024-03-12', '',
        'Beslutande Anna Ek (S)', 'Ersättare Okke Sand, V Yrsa Holm, KD', '',
        '§ 1 Val av justerare', '', 'Anna Ek utses att justera protokollet.',
      ),
    );
    expect(doc.participants.map((p) => [p.role, p.name, p.party])).toEqual([
      ['member', 'Anna Ek', 'S'],
      ['deputy', 'Okke Sand', 'V'],
      ['deputy', 'Yrsa Holm', 'KD'],
    ]);
  });
});
