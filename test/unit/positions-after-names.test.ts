// A run-on list that gives each person's position after the name with no comma or party
// between (`Okke Sand ordförande Yrsa Holm vice ordförande Wiremu Tane ledamot`, a page
// flattened onto one line; Swedish-language Finnish minutes write the surname first:
// `Lindroos Maja ordförande Sandell Kim I viceordförande`). Where the given names are unknown
// or come second, the whole list was one person holding every position. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (list: string) =>
  meetingDoc(text('PROTOKOLL', 'Styrelsen', '', 'Tid kl. 17:30-20:10', '', list, '', '§ 1 Mötets öppnande', '', 'Ordföranden öppnar mötet.'));

const people = (list: string) => minutes(list).participants.map((p) => [p.name, p.role, p.position]);

describe('positions after names in a run-on list', () => {
  it('closes each entry at its position, whatever the given names', () => {
    expect(people('Närvarande Okke Sand ordförande Yrsa Holm vice ordförande Wiremu Tane ledamot Ngaio Rua ersättare')).toEqual([
      ['Okke Sand', 'member', 'ordförande'],
      ['Yrsa Holm', 'member', 'vice ordförande'],
      ['Wiremu Tane', 'member', null],
      ['Ngaio Rua', 'deputy', null],
    ]);
  });

  it('keeps a surname-first name whole (the given name second opens nothing)', () => {
    expect(people('NÄRVARANDE Lindroos Maja ordförande Sandell Kim I viceordförande Berglund Tor medlem Åström Leo ersättare')).toEqual([
      ['Lindroos Maja', 'member', 'ordförande'],
      ['Sandell Kim', 'member', 'I viceordförande'],
      ['Berglund Tor', 'member', null],
      ['Åström Leo', 'deputy', null],
    ]);
  });

  it('reads staff positions the same way', () => {
    expect(people('Övriga närvarande Mäkelä Juha stadsdirektör Strand Eva förbundschef Lund Pia sekreterare').map(([name, , position]) => [name, position])).toEqual([
      ['Mäkelä Juha', 'stadsdirektör'],
      ['Strand Eva', 'förbundschef'],
      ['Lund Pia', 'sekreterare'],
    ]);
  });

  it('leaves an organisation after a position with its person', () => {
    const doc = minutes('Närvarande Okke Sand ordförande Ekby kommun Yrsa Holm ledamot');
    expect(doc.participants.find((p) => p.name === 'Okke Sand')?.organisation).toBe('Ekby kommun');
  });
});
