// A board's roll written surname first, a comma, the given name and the person's own position with no comma before it,
// the §§ attended after it, all run on one line once the columns were flattened (`Dahl, Tove ordförande Strand, Olle rektor
// Lind, Åsa Mark Nilsson, Per …`): each entry is cut at the next surname and its comma, not re-paired across the commas,
// and the positions are each entry's own, not a column after the last name. Every text is invented.
import { describe, expect, it } from 'vitest';
import { surnameFirstList } from '../../src/parse/participants/surname-first-list.js';
import { meetingDoc } from './helpers.js';

describe('surname-first entries with their own positions', () => {
  it('cuts each entry at the next surname and its comma', () => {
    expect(surnameFirstList('Dahl, Tove ordförande Strand, Olle rektor Lind, Åsa Mark Nilsson, Per Berg, Eva')).toEqual([
      'Dahl, Tove ordförande',
      'Strand, Olle rektor',
      'Lind, Åsa Mark',
      'Nilsson, Per',
      'Berg, Eva',
    ]);
  });

  it('keeps the §§ attended, a list of them, with the entry they close', () => {
    expect(surnameFirstList('Ek, Karin förvaltningschef Ås, Bo controller 5, 8, 10, 15-18 Fält, Siv jurist 11-14')).toEqual([
      'Ek, Karin förvaltningschef',
      'Ås, Bo controller 5, 8, 10, 15-18',
      'Fält, Siv jurist 11-14',
    ]);
  });

  it('still pairs a column of positions after the last name by order', () => {
    expect(surnameFirstList('Holm, Henrik Lind, Ralf ordförande ledamot')).toEqual(['Holm, Henrik, ordförande', 'Lind, Ralf, ledamot']);
  });

  it('gives each person their own position on a front page', () => {
    const doc = meetingDoc(
      [
        'PROTOKOLL Styrelsen Tid: 2014-03-12 Närvarande ledamöter: Dahl, Tove ordförande Strand, Olle rektor Lind, Åsa Mark Nilsson, Per Berg, Eva Övriga: Ek, Karin förvaltningschef Ås, Bo controller 5, 8, 10, 15-18 Fält, Siv jurist 11-14 Paragrafer: 1-20',
        '',
        '1 Fastställande av föredragningslista',
        '',
        'Föredragningslistan fastställs.',
      ].join('\n'),
    );
    const people = doc.participants.map((p) => [p.name, p.position, p.paragraphs ? `${p.paragraphs.from}-${p.paragraphs.to}` : null]);
    expect(people).toEqual([
      ['Dahl Tove', 'ordförande', null],
      ['Strand Olle', 'rektor', null],
      ['Lind Åsa Mark', null, null],
      ['Nilsson Per', null, null],
      ['Berg Eva', null, null],
      ['Ek Karin', 'förvaltningschef', null],
      ['Ås Bo', 'controller', '5-18'],
      ['Fält Siv', 'jurist', '11-14'],
    ]);
  });
});
