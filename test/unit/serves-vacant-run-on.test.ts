// A deputy who serves a seat nobody holds, in a members' list run on in one line (`… Olof Ek (L) för Vakant (L)
// Jan Berg (SD) …`): the vacant seat is the deputy's, who is a deputy, and no `för` is left as a note. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a deputy for a vacant seat in a run-on list', () => {
  it('is a deputy serving the vacant seat', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Byggnadsnämnden', 'Sammanträdesdatum 2022-04-05', '',
        'Beslutande Ledamöter Vera Holm (C), ordförande Tage Ek (S) Olof Strand (L) för Vakant (L) Jan Berg (SD) Ida Ros (KD) för Lisa Ås (KD)',
        '',
        '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.role, p.party, p.substituteFor, p.note])).toEqual([
      ['Vera Holm', 'member', 'C', null, null],
      ['Tage Ek', 'member', 'S', null, null],
      ['Olof Strand', 'deputy', 'L', null, 'för Vakant (L)'],
      ['Jan Berg', 'member', 'SD', null, null],
      ['Ida Ros', 'deputy', 'KD', 'Lisa Ås', null],
    ]);
  });
});
