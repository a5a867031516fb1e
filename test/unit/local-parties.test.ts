// Local parties written in brackets as the national ones are (`Per Holm (KP)`), and the
// letters of organisations written the same way (`(FK)`, an auditor's `(EY)`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (...list: string[]): string =>
  text('PROTOKOLL', '', 'Kommunstyrelsen', '', 'Sammanträdesdatum 2019-04-02', '', ...list, '', '§ 12 Budget', 'Kommunstyrelsen beslutar att anta budgeten.');

describe('local parties', () => {
  it('reads unknown letters in brackets as a party where the lists write the national parties so', () => {
    const doc = meetingDoc(
      minutes('Beslutande', 'Eva Ek (S), ordförande', 'Per Holm (KP)', 'Lars Berg (NP), vice ordförande', 'Stina Alm (SD)', '', 'Ersättare', 'Nils Åkesson (SKP)'),
    );
    expect(doc.participants.map((p) => [p.name, p.party, p.organisation])).toEqual([
      ['Eva Ek', 'S', null],
      ['Per Holm', 'KP', null],
      ['Lars Berg', 'NP', null],
      ['Stina Alm', 'SD', null],
      ['Nils Åkesson', 'SKP', null],
    ]);
  });

  it('keeps the letters of a known organisation, and those of the staff, as organisations', () => {
    const doc = meetingDoc(
      minutes('Beslutande', 'Eva Ek (S), ordförande', 'Per Holm (FK)', 'Stina Alm (M)', '', 'Övriga deltagare', 'Lisa Dahl (EY), revisor', 'Omar Said (KPR)'),
    );
    expect(doc.participants.map((p) => [p.name, p.party, p.organisation])).toEqual([
      ['Eva Ek', 'S', null],
      ['Per Holm', null, 'FK'],
      ['Stina Alm', 'M', null],
      ['Lisa Dahl', null, 'EY'],
      ['Omar Said', null, 'KPR'],
    ]);
  });

  it('leaves letters as they were read where no list writes a national party', () => {
    const doc = meetingDoc(minutes('Beslutande', 'Eva Ek (RJ), ordförande', 'Per Holm (AB)'));
    expect(doc.participants.map((p) => [p.name, p.party, p.organisation])).toEqual([
      ['Eva Ek', null, 'RJ'],
      ['Per Holm', null, 'AB'],
    ]);
  });
});
