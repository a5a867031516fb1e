// A deputy who serves in a seat nobody holds, written beside the name (`Björn Sal (V)
// Ersätter vakant (S)`, `tjänstgör för vakant plats (SD)`), in a list one a line or several on one
// line: a deputy for no member, the words kept as the note, not an organisation `Ersätter`.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const who = (doc: ReturnType<typeof meetingDoc>): unknown[][] => doc.participants.map((p) => [p.name, p.role, p.party, p.organisation, p.substituteFor, p.note]);

describe('a deputy serving in a vacant seat', () => {
  it('reads the words beside a name under the members', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Socialnämnden', 'Sammanträdesdatum 2021-04-13', 'Plats och tid   Rådhuset, sal Ljungen, kl. 13.00–16.10', '',
        'Beslutande      Karin Sjöberg (S), ordförande',
        '                Björn Sal (V) Ersätter vakant (S)',
        '                Eva Lund (S) ersätter Tom Ek (S)',
        '                Gunnar Fält (C)', '',
        '§ 70 Mötets öppnande', 'Ordföranden öppnar mötet.',
      ),
    );
    expect(who(doc)).toEqual([
      ['Karin Sjöberg', 'member', 'S', null, null, null],
      ['Björn Sal', 'deputy', 'V', null, null, 'Ersätter vakant (S)'],
      ['Eva Lund', 'deputy', 'S', null, 'Tom Ek', null],
      ['Gunnar Fält', 'member', 'C', null, null, null],
    ]);
  });

  it('reads several serving deputies on one line', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Socialnämnden', 'Sammanträdesdatum 2019-10-22', '',
        'Beslutande   Karin Sjöberg (S), ordförande',
        'Tjänstgörande ersättare   Nils Ros (SD) tjänstgör för vakant plats (SD) Eva Lund (S) ersätter Tom Ek (S)', '',
        '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.',
      ),
    );
    expect(who(doc).slice(1)).toEqual([
      ['Nils Ros', 'deputy', 'SD', null, null, 'tjänstgör för vakant plats (SD)'],
      ['Eva Lund', 'deputy', 'S', null, 'Tom Ek', null],
    ]);
  });
});
