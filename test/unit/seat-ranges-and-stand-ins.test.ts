// Positions that must not swallow what follows them: a seat's range of §§ (`ordförande 39-48`), the `ej` before
// the §§ missed (`ledamot ej 41`), and a stand-in's office kept whole (`vik. vårdchef`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const ROWS = (rows: string[]) =>
  meetingDoc(
    text('PROTOKOLL', 'Omsorgsnämnden', 'Sammanträdesdatum 2023-03-14', '', 'Plats och tid   Kommunhuset, Lövby, kl. 13.00-16.00', '', ...rows, '', 'Utses att justera   Per Ås'),
  );

describe('a seat and the §§ held in it', () => {
  it('reads a range after a seat word as the §§ held, the seat as the position', () => {
    const doc = ROWS(['Beslutande   Anna Ek (S), ordförande 39-48', '             Per Ås (M), vice ordförande', '             Kim Dal (C), ledamot ej 41']);
    const anna = doc.participants.find((p) => p.name === 'Anna Ek')!;
    expect([anna.position, anna.paragraphs]).toEqual(['ordförande', { from: 39, to: 48 }]);
    // `ej 41`: not § 41, so no §§ attended; the words as a note
    const kim = doc.participants.find((p) => p.name === 'Kim Dal')!;
    expect([kim.paragraphs, kim.note]).toEqual([null, 'ej 41']);
  });

  it('reads it so where a second body writes the seat after a comma and the range with an en dash', () => {
    const doc = ROWS(['Närvarande   Olle Berg, ordförande 12–20', '             Siv Holm, sekreterare 12–15']);
    expect(doc.participants.map((p) => [p.name, p.position, p.paragraphs])).toEqual([
      ['Olle Berg', 'ordförande', { from: 12, to: 20 }],
      ['Siv Holm', 'sekreterare', { from: 12, to: 15 }],
    ]);
  });

  it('keeps the grades of a position that is no seat', () => {
    const doc = ROWS(['Beslutande   Anna Ek (S), ordförande', 'Övriga       Ulla Rask, rektor 6-9']);
    expect(doc.participants.find((p) => p.name === 'Ulla Rask')?.position).toBe('rektor 6-9');
  });
});

describe('a stand-in\'s office', () => {
  it('keeps `vik.` and `vikarierande` with the position', () => {
    const doc = ROWS(['Beslutande   Anna Ek (S), ordförande', 'Övriga       Tove Lind, vik. vårdchef', '             Mats Rydh, vikarierande kommunchef']);
    expect(doc.participants.filter((p) => p.role === 'other').map((p) => [p.name, p.position, p.note])).toEqual([
      ['Tove Lind', 'vik. vårdchef', null],
      ['Mats Rydh', 'vikarierande kommunchef', null],
    ]);
  });
});
