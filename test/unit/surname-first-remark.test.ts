// A roll of surname-first names run on (`Holm, Henrik Lindqvist, Ralf …`, a Swedish-language Finnish front page's column
// flattened) with a remark after one given name, set off by a dash (`Bäck, Eivor - till 21:20 Sjöberg, Anders`): the
// remark is that person's note and the roll reads on. And the column of positions flattened after the last given name
// (`Dahl, Erik Lund, Maria Berg, Olle kfge:s ordförande kfge:s I vice ordförande förvaltningschef`): each name's own, in
// order. Every text is invented.
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

  it('gives the column of positions after the last given name each name its own', () => {
    const d = doc('Sammanträdestid: 5.4.2016 kl. 18.00 Plats: Kommungården Beslutande: Holm, Henrik Lindqvist, Ralf Bäck, Eivor Övriga närvarande: Dahl, Erik Lund, Maria Berg, Olle kfge:s ordförande kfge:s I vice ordförande förvaltningschef Paragrafer: 60-70');
    expect(d.participants.filter((p) => p.role === 'other').map((p) => `${p.name}|${p.position ?? '-'}`)).toEqual([
      'Dahl Erik|kommunfullmäktiges ordförande', 'Lund Maria|kommunfullmäktiges I vice ordförande', 'Berg Olle|förvaltningschef',
    ]);
  });
});
