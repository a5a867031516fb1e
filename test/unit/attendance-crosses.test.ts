// An attendance list with a cross one space after each name, under a heading with the
// column's head beside it (`Ledamöter Närvarande`), as a web page or a document converted to
// plain text prints it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { readMarks } from '../../src/parse/participants/attendance.js';
import { classOf } from '../../src/segment/frontpage/values.js';
import { meetingDoc, text } from './helpers.js';

describe('crosses one space after the name', () => {
  it('reads `Ledamöter Närvarande` over crossed rows as one list, the crosses as marks', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL NR 5/2024',
        'Möte med förbundets styrelse den 26 januari 2024',
        'Ledamöter Närvarande',
        'Hanna Rolf X, mötesordförande',
        'Kristian Gren X',
        'Lotta Reim anmält förhinder',
        'Tina Lund X',
        'Suppleanter',
        'Carina Grön X',
        'Sekretariatet',
        'Tessi Fick X, sekreterare',
        '',
        '§ 94 Mötet öppnas',
        'Ordförande Hanna Rolf hälsar alla välkomna.',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.role, p.roleLabel, p.position])).toEqual([
      ['Hanna Rolf', 'member', 'Ledamöter', 'mötesordförande'],
      ['Kristian Gren', 'member', 'Ledamöter', null],
      ['Lotta Reim', 'absent', 'Ledamöter', null],
      ['Tina Lund', 'member', 'Ledamöter', null],
      ['Carina Grön', 'deputy', 'Suppleanter', null],
      ['Tessi Fick', 'other', 'Sekretariatet', 'sekreterare'],
    ]);
  });

  it('a cross after a name is a mark; an initial in a name is not', () => {
    expect(readMarks('Tina Lund X')).toEqual({ text: 'Tina Lund', mark: 'present' });
    expect(readMarks('Hanna Rolf X, mötesordförande')).toEqual({ text: 'Hanna Rolf, mötesordförande', mark: 'present' });
    expect(readMarks('Malcolm X Berg').mark).toBeNull();
    expect(classOf('Kristian Gren X')).toBe('persons');
  });
});
