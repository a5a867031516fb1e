// A seat nobody holds in a list of members or deputies (`Vakant (SD)`, `Vakant plats (SD)`,
// `vakant (V)`): no person named `Vakant`, no organisation of the entry before it, and no end of
// the list, whose people after it are read too. Every text is invented.
import { describe, expect, it } from 'vitest';
import { isVacantSeat } from '../../src/text/persons.js';
import { meetingDoc, text } from './helpers.js';

const who = (doc: ReturnType<typeof meetingDoc>): (string | null)[][] => doc.participants.map((p) => [p.name, p.role, p.party, p.organisation]);

describe('vacant seats', () => {
  it('knows a vacant seat from a person', () => {
    expect(['Vakant (SD)', 'Vakant plats   M', 'vakant', 'Vakans, SD'].map(isVacantSeat)).toEqual([true, true, true, true]);
    expect(['Vakant (SD) Kim Berg (C)', 'Valter Ek (S)', 'Ledig'].map(isVacantSeat)).toEqual([false, false, false]);
  });

  it('skips a vacant seat one a line and reads the list on', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Kommunstyrelsen', 'Sammanträdesdatum 2025-03-04', 'Plats och tid: Kommunhuset kl 13.00-15.00',
        'Beslutande', 'Eva Lund (S), ordförande', 'Vakant (SD)', 'Kim Berg (C)',
        'Ersättare', 'vakant (V)', 'Ann Ek (S)', '',
        '§ 1 Val av justerare', 'Nämnden utser Kim Berg att justera protokollet.',
      ),
    );
    expect(who(doc)).toEqual([
      ['Eva Lund', 'member', 'S', null],
      ['Kim Berg', 'member', 'C', null],
      ['Ann Ek', 'deputy', 'S', null],
    ]);
  });

  it('skips a vacant seat in a list on one line, with commas or without', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Kommunstyrelsen', 'Sammanträdesdatum 2025-03-04', 'Plats och tid: Kommunhuset kl 13.00-15.00',
        'Beslutande: Eva Lund (S), ordförande, Vakant (SD)',
        'Ersättare: Ann Ek (S) Vakant (SD) Bo Ström (KD)',
        'Utses att justera: Ann Ek', '',
        '§ 1 Val av justerare', 'Nämnden utser Ann Ek att justera protokollet.',
      ),
    );
    expect(who(doc)).toEqual([
      ['Eva Lund', 'member', 'S', null],
      ['Ann Ek', 'deputy', 'S', null],
      ['Bo Ström', 'deputy', 'KD', null],
    ]);
  });
});
