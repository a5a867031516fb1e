// A list's own heading in the value column beside the front page's label (`Beslutande   Ledamöter`,
// `Övriga närvarande   Ersättare`) and the list under it as a sentence on the next line (`Kerstin
// Alm (S), Olle Berg (M) och Frida Ström (C).`): every person of the line is that heading's, none
// the label's beside it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a sub-heading beside the label over a list on one line', () => {
  it('gives every person the sub-heading and its role', () => {
    const doc = meetingDoc(
      text(
        'SAMMANTRÄDESPROTOKOLL', 'Kommunstyrelsen', 'Sammanträdesdatum 2019-10-08', '',
        'Plats och tid       Nordsalen, kommunhuset kl. 08:30-12:10',
        'Beslutande          Ledamöter',
        '                    Kerstin Alm (S), Olle Berg (M) och Frida Ström (C).',
        'Övriga närvarande   Ersättare',
        '                    Tore Holm (S), Ulla Berg (MP) och Gun Ek (SD).',
        '                    Tjänstemän',
        '                    Kommundirektör Sven Strand, kommunsekreterare Hanna Lind.',
        'Utses att justera   Olle Berg (M)', '',
        '§ 101 Val av justerare', 'Kommunstyrelsen utser Olle Berg att justera protokollet.',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.role, p.roleLabel])).toEqual([
      ['Kerstin Alm', 'member', 'Ledamöter'],
      ['Olle Berg', 'member', 'Ledamöter'],
      ['Frida Ström', 'member', 'Ledamöter'],
      ['Tore Holm', 'deputy', 'Ersättare'],
      ['Ulla Berg', 'deputy', 'Ersättare'],
      ['Gun Ek', 'deputy', 'Ersättare'],
      ['Sven Strand', 'other', 'Tjänstemän'],
      ['Hanna Lind', 'other', 'Tjänstemän'],
    ]);
  });
});
