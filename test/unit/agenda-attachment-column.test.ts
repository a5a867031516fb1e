// An agenda table whose head row names an attachments' column (`Punkt   Ärende   Ansvarig   Bilaga`)
// and whose rows give the attachment as a bare number in that column: the number is the point's
// attachment, not the end of its title. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const HEAD = ['DAGORDNING', 'Styrelsen för Samordningsförbundet Norrdal', 'Datum: 2024-05-21', 'Plats: Kommunhuset, Norrby', ''];

describe('a bare number under the head row’s Bilaga', () => {
  it('is the point’s attachment, its title left whole', () => {
    const doc = meetingDoc(
      [
        ...HEAD,
        'Punkt   Ärende                              Ansvarig          Bilaga',
        '1.      Mötets öppnande                     Ordförande',
        '2.      Verksamhetsrapport april            Kim Falk          1',
        '3.      Budgetuppföljning 2024              Lisa Borg         2, 3',
        '4.      Övriga frågor',
      ].join('\n'),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.attachments])).toEqual([
      [1, 'Mötets öppnande', []],
      [2, 'Verksamhetsrapport april', ['1']],
      [3, 'Budgetuppföljning 2024', ['2', '3']],
      [4, 'Övriga frågor', []],
    ]);
  });

  it('without such a head row the number stays where it was read', () => {
    const doc = meetingDoc(
      [...HEAD, '1.      Mötets öppnande', '2.      Tertialrapport      1', '3.      Övriga frågor'].join('\n'),
    );
    expect(doc.items[1]!.attachments).toEqual([]);
  });
});
