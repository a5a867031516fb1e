// A deputy serving for a member written with a bare `tjg` between the two, each with a party
// and the §§ served after them (`Rolf Ek (NP) tjg Sara Wall (L) §§ 60-62`), the member then on
// a line of their own for the other §§: one deputy who serves for the member, not a second entry
// of the member. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const who = (doc: ReturnType<typeof meetingDoc>): unknown[][] =>
  doc.participants.map((p) => [p.name, p.role, p.party, p.substituteFor, p.paragraphs === null ? null : [p.paragraphs.from, p.paragraphs.to]]);

const HEAD = ['PROTOKOLL', 'Kommunstyrelsen', 'Sammanträdesdatum: 2023-09-05', 'Plats och tid        Sal 3, Kulturhuset, kl. 09:00-11:30', ''];
const TAIL = ['', 'Utses att justera    Pia Nyström', 'Paragrafer           §§ 60-70', '', '§ 60 Val av justerare', 'Kommunstyrelsen utser Pia Nyström att justera protokollet.'];

describe('a bare tjg between two entries with parties', () => {
  it('reads the deputy who serves for the member, one a line', () => {
    const doc = meetingDoc(
      text(
        ...HEAD,
        'Beslutande           Karl Ekman (M), ordförande',
        '                     Pia Nyström (S)',
        '                     Bengt Ulfsson (NP) tjg Sara Wall (L) §§ 60-62',
        '                     Sara Wall (L) §§ 63-70',
        '                     Hans Rydell (SD)',
        ...TAIL,
      ),
    );
    expect(who(doc)).toEqual([
      ['Karl Ekman', 'member', 'M', null, null],
      ['Pia Nyström', 'member', 'S', null, null],
      ['Bengt Ulfsson', 'deputy', 'NP', 'Sara Wall', [60, 62]],
      ['Sara Wall', 'member', 'L', null, [63, 70]],
      ['Hans Rydell', 'member', 'SD', null, null],
    ]);
  });

  it('reads it in a list run on one line, with `tjg.` too', () => {
    const doc = meetingDoc(text(...HEAD, 'Beslutande: Karl Ekman (M), ordförande, Ove Berg (S) tjg. Lena Holm (S), Sara Wall (L)', ...TAIL));
    expect(who(doc)).toEqual([
      ['Karl Ekman', 'member', 'M', null, null],
      ['Ove Berg', 'deputy', 'S', 'Lena Holm', null],
      ['Sara Wall', 'member', 'L', null, null],
    ]);
  });
});
