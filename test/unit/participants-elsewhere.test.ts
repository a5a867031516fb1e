// A front page whose decision-makers are listed on other pages (`Beslutande  Övriga närvarande
// Se följande sidor  Petra Lind, regiondirektör …`): the phrase is the first heading's value and
// the names the second's. Its signers' names stand after the leaders of their labels, two
// adjusters run together (`Justerande... Erik Malm Anna Holm`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

describe('decision-makers listed elsewhere, signers after leaders', () => {
  const doc = meetingDoc(
    '3 PROTOKOLL Sammanträdesdag 2016-02-22 Plats och tid Rådhuset, Storgatan 19, kl 9:00 Beslutande Övriga närvarande ' +
      'Se följande sidor Petra Lind, regiondirektör Lars Frid, kanslisekreterare Utsedd att justera Justeringens plats och datum ' +
      'Erik Malm och Anna Holm Ledningskontoret Paragrafer 1-19 Underskrifter Sekreterare... Per Lund Ordförande... Karin Berg ' +
      'Justerande... Erik Malm Anna Holm ANSLAG/BEVIS Protokollet är justerat. Organ Regionfullmäktige\n',
  );

  it('gives the names to the heading after the one whose list stands elsewhere', () => {
    expect(doc.participants.map((p) => [p.name, p.role, p.position])).toEqual([
      ['Petra Lind', 'other', 'regiondirektör'],
      ['Lars Frid', 'other', 'kanslisekreterare'],
    ]);
  });

  it('reads each signer after the leader, and both adjusters', () => {
    expect(doc.signatures).toMatchObject({ chair: ['Karin Berg'], secretary: ['Per Lund'], adjusters: ['Erik Malm', 'Anna Holm'] });
    expect(doc.meeting).toMatchObject({ date: '2016-02-22', paragraphs: { from: 1, to: 19 } });
  });
});

describe('a list of decision-makers on another page, in a block of labels before their values', () => {
  it('takes no signer for a decision-maker', () => {
    const doc = meetingDoc(
      '1 Protokoll 1(51) Tid och plats för sammanträdet Beslutande Stora salen, Rådhuset Tallby den 25 november 2014 kl 9.00-16.00 ' +
        'Enligt närvaroförteckning Utses att justera Justeringens plats och tid Ella Berg (S) och Eva Holm (C) Regionhuset den 5 december 2014 ' +
        'Sekreterare Ordförande Karin Lund Maria Nord (V) Paragrafer 1-20 Ella Berg (S) Eva Holm (C) Organ Regionfullmäktige\n',
    );
    expect(doc.participants).toEqual([]);
    expect(doc.meeting).toMatchObject({ date: '2014-11-25', startTime: '09:00', endTime: '16:00', location: 'Stora salen, Rådhuset Tallby' });
    expect(doc.signatures).toMatchObject({ secretary: ['Karin Lund'], chair: ['Maria Nord'], adjustedOn: '2014-12-05' });
    expect(doc.signatures!.adjusters).toContain('Ella Berg');
  });
});

describe('a page reference between a heading and its own list (`Övriga närvarande Se sida 2 Gustav Öhrn, förvaltningschef …`)', () => {
  const doc = meetingDoc(
    'PROTOKOLL Tekniska nämnden Sammanträdesdatum: 2019-05-14 Plats och tid Sammanträdesrum Eken, Stadshuset, kl. 13:00-15:30 ' +
      'Beslutande Kjell Ahlin (S), ordförande Rune Dahl (M) Petra Ek (M) Närvarande ersättare Sven Bolin (M) ' +
      'Övriga närvarande Se sida 2 Gustav Öhrn, förvaltningschef Linnea Blom, nämndsekreterare Jonas Rydh, ekonomichef § 45 Leif Sand, projektledare ' +
      'Utses att justera Rune Dahl Justeringens plats och tid Stadshuset, 2019-05-16 kl. 15:00 Paragrafer §§ 44 - 52 ' +
      'Underskrifter Sekreterare Linnea Blom Ordförande Kjell Ahlin 1(14)\n',
  );

  it('keeps each official with their own position, and the reference in nobody’s note', () => {
    expect(doc.participants.filter((p) => p.role === 'other').map((p) => [p.name, p.position, p.note])).toEqual([
      ['Gustav Öhrn', 'förvaltningschef', null],
      ['Linnea Blom', 'nämndsekreterare', null],
      ['Jonas Rydh', 'ekonomichef', null],
      ['Leif Sand', 'projektledare', null],
    ]);
  });
});
