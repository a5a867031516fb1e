// A web transcript that dropped the line breaks of the front page's lists without a space:
// each party's bracket glued to the next name (`Dennis Lund (S)Kristina Alm (S)Johnny Sand`),
// officials' entries run on (`Gunilla Lind, tillförordnad kommunchefAmra Berg, …`), the hours
// glued to a break in brackets (`kl. 09:00-11:30(ajournering 10:05-10:20)`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('lists glued together at the brackets', () => {
  const doc = meetingDoc(
    text(
      'PROTOKOLLKommunstyrelsenSammanträdesdatum: 2018-10-02', '',
      'Plats och tid Konferensrum 105, Kulturhuset, kl. 09:00-11:30(ajournering 10:05-10:20)', '',
      'Beslutande', '',
      'Maja Berg (S) tjg för Paula Ek (S)Dennis Lund (S)Kristina Alm (S)Johnny Sand (S) tjg för Klas HolmSonny Dahl (MP)Mikael Björk (M), ordförandeDan Ek (M)Åke Berg (C)', '',
      'Närvarande ersättare', '',
      'Maj Holm (M)Oliver Sand (M)Sune Ryd (KD)', '',
      'Övriga närvarande', '',
      'Gunilla Lind, tillförordnad kommunchefAmra Berg, kommunsekreterareKen Ås, ekonomichef § 133', '',
      'Utses att justera Dennis Lund', '',
      'Justeringens plats och tid Kommunhus, Storgatan 7, 2018-10-03 kl. 16:00', '',
      'Paragrafer §§ 130 - 143',
    ),
  );

  it('parts the names at the brackets and reads the meeting', () => {
    expect(doc.meeting).toMatchObject({ body: 'kommunstyrelse', date: '2018-10-02', startTime: '09:00', endTime: '11:30', location: 'Konferensrum 105, Kulturhuset' });
    expect(doc.participants.map((p) => [p.name, p.role, p.party, p.substituteFor])).toEqual([
      ['Maja Berg', 'deputy', 'S', 'Paula Ek'],
      ['Dennis Lund', 'member', 'S', null],
      ['Kristina Alm', 'member', 'S', null],
      ['Johnny Sand', 'deputy', 'S', 'Klas Holm'],
      ['Sonny Dahl', 'member', 'MP', null],
      ['Mikael Björk', 'member', 'M', null],
      ['Dan Ek', 'member', 'M', null],
      ['Åke Berg', 'member', 'C', null],
      ['Maj Holm', 'deputy', 'M', null],
      ['Oliver Sand', 'deputy', 'M', null],
      ['Sune Ryd', 'deputy', 'KD', null],
      ['Gunilla Lind', 'other', null, null],
      ['Amra Berg', 'other', null, null],
      ['Ken Ås', 'other', null, null],
    ]);
  });

  it('gives each official the position written after the name', () => {
    expect(doc.participants.filter((p) => p.role === 'other').map((p) => [p.name, p.position, p.paragraphs])).toEqual([
      ['Gunilla Lind', 'tillförordnad kommunchef', null],
      ['Amra Berg', 'kommunsekreterare', null],
      ['Ken Ås', 'ekonomichef', { from: 133, to: 133 }],
    ]);
  });
});
