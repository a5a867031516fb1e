// A local party in lower case (`Ann Berg, (ns), Gällivare`) where the lists write the national parties
// in brackets (`(s)`, `(m)`), as older minutes of a kommunförbund do: a party, in capitals as the
// national ones are given. The attendance words written so (`(tjg)`, `(ers)`, `(adj)`) stay notes.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (...list: string[]): string =>
  text('PROTOKOLL', '', 'Styrelsen', '', 'Sammanträdesdatum 2015-03-05', '', ...list, '', '§ 12 Budget', 'Styrelsen beslutar att anta budgeten.');

describe('local parties in lower case', () => {
  it('reads them as a party where the lists write the national parties so', () => {
    const doc = meetingDoc(minutes('Beslutande', 'Eva Lind, (s), Kiruna', 'Per Holm, (m), Luleå', 'Ann Berg, (ns), Gällivare', 'Bo Ek, (c), Boden'));
    expect(doc.participants.map((p) => [p.name, p.party, p.organisation, p.note])).toEqual([
      ['Eva Lind', 'S', 'Kiruna', null],
      ['Per Holm', 'M', 'Luleå', null],
      ['Ann Berg', 'NS', 'Gällivare', null],
      ['Bo Ek', 'C', 'Boden', null],
    ]);
  });

  it('leaves attendance words in brackets as notes', () => {
    const doc = meetingDoc(minutes('Beslutande', 'Eva Lind (s)', 'Per Holm (m)', 'Siv Ås (tjg)', 'Kurt Al (ers)', 'Lena Berg (adj)'));
    expect(doc.participants.filter((p) => p.party === null).map((p) => p.note)).toEqual(['tjg', 'ers', 'adj']);
  });

  it('needs the national parties in the lists (guard)', () => {
    const doc = meetingDoc(minutes('Beslutande', 'Eva Lind, Kiruna', 'Ann Berg (ns)'));
    expect(doc.participants.find((p) => p.name === 'Ann Berg')?.party).toBeNull();
  });
});
