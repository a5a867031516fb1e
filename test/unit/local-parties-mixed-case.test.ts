// A local party whose letters mix the cases (`Rolf Ås (FiA)`, a local list's `(SoP)`), in lists that write
// the national parties in brackets too: a party, as the capitals of a local party are (`(AD)`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (...list: string[]): string =>
  text('PROTOKOLL', '', 'Kommunstyrelsen', '', 'Sammanträdesdatum 2019-04-02', '', ...list, '', '§ 12 Budget', 'Kommunstyrelsen beslutar att anta budgeten.');

describe('local parties in mixed case', () => {
  it('reads them as a party where the lists write the national parties so', () => {
    const doc = meetingDoc(minutes('Beslutande', 'Eva Ek (S), ordförande', 'Per Holm (FiA)', 'Lars Berg (AD)', 'Stina Alm (SD)', '', 'Ersättare', 'Nils Åkesson (SoP)'));
    expect(doc.participants.map((p) => [p.name, p.party, p.organisation])).toEqual([
      ['Eva Ek', 'S', null],
      ['Per Holm', 'FiA', null],
      ['Lars Berg', 'AD', null],
      ['Stina Alm', 'SD', null],
      ['Nils Åkesson', 'SoP', null],
    ]);
  });

  it('leaves the staff’s letters as their organisation’s', () => {
    const doc = meetingDoc(minutes('Beslutande', 'Eva Ek (S), ordförande', 'Stina Alm (M)', '', 'Övriga deltagare', 'Lisa Dahl (SoF), handläggare'));
    expect(doc.participants.map((p) => [p.name, p.party, p.organisation])).toEqual([
      ['Eva Ek', 'S', null],
      ['Stina Alm', 'M', null],
      ['Lisa Dahl', null, 'SoF'],
    ]);
  });
});
