// A roll of surname-first names run on (`Holm, Henrik Lindqvist, Ralf …`, a Swedish-language Finnish front page's column
// flattened) with a remark after one given name, set off by a dash (`Bäck, Eivor - till 21:20 Sjöberg, Anders`): the
// remark is that person's note and the roll reads on. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const doc = (front: string) => meetingDoc(text(
  'KOMMUNSTYRELSEN PROTOKOLL 5/2016', front, '', '§ 60 LAGLIGHET OCH BESLUTFÖRHET', 'Sammanträdet konstaterades lagligt.',
));
const roll = (front: string) => doc(front).participants.map((p) => `${p.name}|${p.note ?? '-'}`);

describe('a remark after a given name in a surname-first roll', () => {
  it('is the person\'s note, and the roll reads on', () => {
    expect(roll('Sammanträdestid: 5.4.2016 kl. 18.00 Plats: Kommungården Beslutande: Holm, Henrik Lindqvist, Ralf Bäck, Eivor - till 21:20 Sjöberg, Anders Nyman, Karin Övriga närvarande: Dahl, Erik, förvaltningschef Paragrafer: 60-70')).toEqual([
      'Holm Henrik|-', 'Lindqvist Ralf|-', 'Bäck Eivor|till 21:20', 'Sjöberg Anders|-', 'Nyman Karin|-', 'Dahl Erik|-',
    ]);
  });
});
