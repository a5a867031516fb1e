// A list's heading with its first name run on after one space, and a column of positions beside the names
// (`Övriga närvarande Eva Palm (S)        ersättare`): the position beside the first name is that name's, not a column
// head over the list. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a heading with the first name beside it, over a column of positions', () => {
  it('gives the first name its position', () => {
    const doc = meetingDoc(
      text(
        'Sammanträdesprotokoll',
        'Vård- och omsorgsnämnden',
        'Sammanträdesdatum 2023-04-19',
        '',
        'Beslutande        Tord Hansén (S) ordförande',
        '                  Hans Jonsby (M) ledamot',
        '',
        'Övriga närvarande Eva Palm (S)           ersättare',
        '                  Unni Troell (M)        ersättare',
        '                  Eva Åberg              förvaltningschef',
        '',
        'Utses att justera   Hans Jonsby (M)',
        '',
        '§ 25 Ändring av dagordningen',
        'Nämnden beslutar i enlighet med ordförandens förslag.',
      ),
    );
    const others = doc.participants.filter((p) => p.roleLabel === 'Övriga närvarande');
    expect(others.map((p) => [p.name, p.role, p.position])).toEqual([
      ['Eva Palm', 'deputy', null],
      ['Unni Troell', 'deputy', null],
      ['Eva Åberg', 'other', 'förvaltningschef'],
    ]);
  });
});
