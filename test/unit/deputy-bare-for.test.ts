// Decision-makers without parties, a deputy serving for a member said with a bare `för`
// between the two names (`Bo Dal för Jan-Olof Ek`), one a line and run on in a flattened
// front page, as a direktion's or a board's minutes write it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const roles = (t: string) => meetingDoc(t).participants.map((p) => [p.name, p.role, p.substituteFor, p.note]);

describe('a deputy serving for a member, `för` between two names without parties', () => {
  it('one a line under `Beslutande`', () => {
    const doc = text(
      'PROTOKOLL', 'Direktionen', 'Sammanträdesdatum 2022-09-14', 'Plats och tid: Förbundskontoret, kl. 10.00-12.00', '',
      'Beslutande', 'Anna Lindgren, ordförande', 'Bo Dal för Jan-Olof Ek', 'Karl Sund', 'Eva Nyberg för Lisa Ahl, §§ 2-4', '',
      'Övriga närvarande', 'Tomas Ek, förbundschef', 'Siv Berg, ansvarig för Region Norr', '',
      '§ 1 Val av justerare', 'Karl Sund utses att justera.', '',
    );
    expect(roles(doc)).toEqual([
      ['Anna Lindgren', 'member', null, null],
      ['Bo Dal', 'deputy', 'Jan-Olof Ek', null],
      ['Karl Sund', 'member', null, null],
      ['Eva Nyberg', 'deputy', 'Lisa Ahl', null],
      ['Tomas Ek', 'other', null, null],
      ['Siv Berg', 'other', null, null],
    ]);
    expect(meetingDoc(doc).participants[3]!.paragraphs).toEqual({ from: 2, to: 4 });
  });

  it('run on in a flattened front page', () => {
    const doc =
      'PROTOKOLL Direktionen Sammanträdesdatum 2022-09-14 Plats och tid Förbundskontoret, kl. 10.00-12.00 Beslutande Anna Lindgren, ordförande ' +
      'Bo Dal för Jan-Olof Ek Karl Sund Övriga närvarande Tomas Ek, förbundschef Utses att justera Karl Sund\n§ 1 Val av justerare Karl Sund utses att justera.\n';
    expect(roles(doc).slice(0, 3)).toEqual([
      ['Anna Lindgren', 'member', null, null],
      ['Bo Dal', 'deputy', 'Jan-Olof Ek', null],
      ['Karl Sund', 'member', null, null],
    ]);
  });
});
