// Participants' positions cut short after the name, as officials' lists write them: a compound
// whose last part is cut (`kommunsekr.`, `nämndsekr`) or whose first part is cut at a point
// (`ek.chef`, `förv.chef`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const DOC = meetingDoc(
  text(
    'BYGGNADSNÄMNDEN', 'SAMMANTRÄDESPROTOKOLL', 'Sammanträdesdatum 2020-02-11', '',
    'Plats och tid       Rådhuset, Storvik, kl. 09.00-10.40', '',
    'Beslutande          Ove Kvist (C), ordf.',
    '                    Rut Sjö (S)', '',
    'Övriga deltagande   Lisa Vall, kommunsekr.',
    '                    Åke Fjell, ek.chef',
    '                    Berit Hov, förv.chef',
    '                    Jan Tuve nämndsekr', '',
    'Utses att justera   Rut Sjö', '',
    '§ 1 Val av justerare', 'Rut Sjö utses att justera protokollet.',
  ),
);

describe('positions cut short after the name', () => {
  it('writes a compound position out, and keeps it out of the name', () => {
    expect(DOC.participants.map((p) => [p.name, p.role, p.position, p.note])).toEqual([
      ['Ove Kvist', 'member', 'ordförande', null],
      ['Rut Sjö', 'member', null, null],
      ['Lisa Vall', 'other', 'kommunsekreterare', null],
      ['Åke Fjell', 'other', 'ekonomichef', null],
      ['Berit Hov', 'other', 'förvaltningschef', null],
      ['Jan Tuve', 'other', 'nämndsekreterare', null],
    ]);
  });

  it('writes the stem out only before a position word', () => {
    const doc = meetingDoc(
      text('PROTOKOLL', 'Styrelsen', 'Datum 2020-02-11', '', 'Beslutande   Ove Kvist (C)', 'Övriga       Lisa Vall, ekon. handläggare', '             Mats Ugg, pers. ansvar', '', '§ 1 Val av justerare', 'Ove Kvist väljs.'),
    );
    expect(doc.participants.find((p) => p.name === 'Lisa Vall')?.position).toBe('ekonomihandläggare');
    expect(doc.participants.find((p) => p.name === 'Mats Ugg')).toMatchObject({ position: null, note: 'pers. ansvar' });
  });
});
