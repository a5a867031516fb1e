// Each member's or official's hours written after the name or the position, the clock with a
// point (`Roger Alm 08.15–11.00` under `Beslutande`, `Lena Dal, kommunchef 08.15–11.00`): the
// person is listed, and the hours are the note, not part of the name's value or the position.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('hours after a name or a position', () => {
  it('keeps the member whose hours follow the name, and notes them', () => {
    const doc = meetingDoc(
      text(
        'SAMMANTRÄDESPROTOKOLL', 'Kommunstyrelsens arbetsutskott', 'Sammanträdesdatum 2012-03-06', '',
        'Plats och tid           Kommunhuset, Henby, kl 08.15–11.30',
        'Beslutande              Roger Alm 08.15–11.00',
        '                        Karin Gadd',
        '                        Claes Nord',
        'Utses att justera       Karin Gadd', '',
        'Övriga deltagare', 'Lena Dal, kommunchef 08.15–11.00', 'Börje Ohlin, kanslichef', '',
        '§ 6 Ändring i bestämmelser', 'Arbetsutskottet beslutar att inte vidta någon ändring.',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.role, p.position, p.note])).toEqual([
      ['Roger Alm', 'member', null, '08.15–11.00'],
      ['Karin Gadd', 'member', null, null],
      ['Claes Nord', 'member', null, null],
      ['Lena Dal', 'other', 'kommunchef', '08.15–11.00'],
      ['Börje Ohlin', 'other', 'kanslichef', null],
    ]);
  });
});
