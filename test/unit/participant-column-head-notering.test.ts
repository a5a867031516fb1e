// `Beslutande   Notering` over the members and a column of remarks (`Ordförande`, `Ersättare för …`): `Notering` heads the
// column of remarks, as `Anmärkning` does, and names nobody. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('`Notering` beside a list’s heading', () => {
  it('is a column head, no member', () => {
    const doc = meetingDoc(
      text(
        'Sammanträdesprotokoll',
        'Kultur- och fritidsnämnden',
        'Sammanträdesdatum 2018-01-30',
        '',
        'Beslutande                    Notering',
        'Lars Larsén (M)               Ordförande',
        'Gunnar Bomér (M)',
        'Tjänstgörande ersättare',
        'Donald Wedén (M)              Ersättare för Magda Sundén (M)',
        '',
        '§ 1 Föredragningslista',
        'Föredragningslistan godkänns.',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.role])).toEqual([
      ['Lars Larsén', 'member'],
      ['Gunnar Bomér', 'member'],
      ['Donald Wedén', 'deputy'],
    ]);
  });
});
