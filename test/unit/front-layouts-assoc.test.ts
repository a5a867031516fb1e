// Front pages of federations' and associations' boards: the meeting's day and place in the
// title's sentence (`… sammanträde den 25 februari 2024, Hotell Strand, Varberg`, `… kl.
// 09.00–12.00, i kommunalhuset, Granby kommun`), those sent word listed in a sentence
// (`Anmält förhinder: A, B och C.`), and a heading wrapped in its label column (`Beslutande` /
// `kommun-` / `representanter`). Every name, place and date is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const ITEMS = text('', '§ 1 Mötets öppnande', 'Ordföranden förklarade sammanträdet öppnat.');

describe('front pages of federations and associations', () => {
  it('reads the place after the day in the title\'s sentence, and each of a sentence\'s absentees', () => {
    const doc = meetingDoc(
      text(
        'Protokoll nr 4 fört vid förbundsstyrelsens sammanträde den 25 februari 2024, Hotell Skären, Varvik',
        '',
        'Närvarande:       Karin Fältby, ordförande',
        '                  Olof Bergmark',
        'Anmält förhinder: Ingrid Lusby, Per Zätterby och Lars Tigerås.',
      ) + ITEMS,
    );
    expect(doc.meeting).toMatchObject({ date: '2024-02-25', location: 'Hotell Skären, Varvik', number: '4' });
    expect(doc.participants.filter((p) => p.role === 'absent').map((p) => [p.name, p.note])).toEqual([
      ['Ingrid Lusby', null],
      ['Per Zätterby', null],
      ['Lars Tigerås', null],
    ]);
  });

  it('reads a room in the definite form after the hours as the place', () => {
    const doc = meetingDoc(text('Protokoll från förbundsstyrelsens sammanträde fredagen den 13 december 2024, kl. 09.00–12.00, i kommunalhuset, Granby', '', 'Närvarande', 'Anna Holmby (S), ordförande') + ITEMS);
    expect(doc.meeting).toMatchObject({ date: '2024-12-13', startTime: '09:00', location: 'kommunalhuset, Granby' });
  });

  it('takes no piece of a heading wrapped in its label column for a note of the people beside it', () => {
    const doc = meetingDoc(
      text(
        'Styrelsen                                         Sida 9 (12)',
        '',
        'Plats           Förbundets lokaler, Storgatan 3, Norrby',
        'Beslutande      Gun Ståhlberg, (s), Älvby',
        'kommun-         Ove Lindkvist, (s), Fjällsjö',
        'representanter  Jeanette Nyberg, (v), Malmby',
      ) + ITEMS,
    );
    expect(doc.participants.map((p) => [p.name, p.party, p.organisation, p.note])).toEqual([
      ['Gun Ståhlberg', 'S', 'Älvby', null],
      ['Ove Lindkvist', 'S', 'Fjällsjö', null],
      ['Jeanette Nyberg', 'V', 'Malmby', null],
    ]);
  });
});
