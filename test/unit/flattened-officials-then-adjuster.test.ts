// A front page whose labels stand in a row (`Övriga närvarande Utses att justera Justeringens plats och tid`) and whose
// values a transcript ran on after them in one text: the officials `Name, position, §§` one after the other, then the
// adjuster's name and the adjusting's place. The officials are the list's, the last name the adjuster's, the place the
// adjusting's; before, the one list of people went whole to the adjusters and every official was lost. Names invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const read = (...lines: string[]) => meetingDoc(text('PROTOKOLL', 'Kommunstyrelsens utskott', 'Sammanträdesdatum 2011-05-10', '', ...lines, '', '§ 40 Ärendelistan', 'Godkänns.', '', '§ 48 Avslutning', 'Mötet avslutas.'));

describe('officials run on before the adjuster and the adjusting place', () => {
  it('gives the officials to the list, the last name to the adjusters', () => {
    const doc = read(
      'Beslutande Karin Vall (M), ordförande Olof Strand (S) Mia Hed (C)',
      'Övriga närvarande Utses att justera Justeringens plats och tid Sune Dahl, kommundirektör Lena Åkerlund, kommunsekreterare Tor Björk, ekonomichef, 41, 42 Anita Fors, planarkitekt, 45 Olof Strand Kommunkansliet',
    );
    expect(doc.participants.map((p) => [p.name, p.role, p.position, p.paragraphs && `${p.paragraphs.from}-${p.paragraphs.to}`])).toEqual([
      ['Karin Vall', 'member', 'ordförande', null],
      ['Olof Strand', 'member', null, null],
      ['Mia Hed', 'member', null, null],
      ['Sune Dahl', 'other', 'kommundirektör', null],
      ['Lena Åkerlund', 'other', 'kommunsekreterare', null],
      ['Tor Björk', 'other', 'ekonomichef', '41-42'],
      ['Anita Fors', 'other', 'planarkitekt', '45-45'],
    ]);
    expect(doc.signatures?.adjusters).toEqual(['Olof Strand']);
  });

  it('reads a place that an office names, and an ecologist among the officials', () => {
    const doc = read(
      'Beslutande Per Lönn (S), ordförande Gun Ask (M)',
      'Övriga deltagande Utses att justera Justeringens plats och tid Maja Rönn, förvaltningschef Ulf Berg, kommunekolog, 44 Gun Ask Miljöförvaltningen',
    );
    expect(doc.participants.slice(2).map((p) => [p.name, p.role, p.position])).toEqual([
      ['Maja Rönn', 'other', 'förvaltningschef'],
      ['Ulf Berg', 'other', 'kommunekolog'],
    ]);
    expect(doc.signatures?.adjusters).toEqual(['Gun Ask']);
  });
});
