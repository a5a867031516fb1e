// Swedish-language Finnish minutes list the officials surname first (`Holm, Kaj`); a transcript
// flattens the name column and then the position column after it, onto one line. A cell of that
// column may hold more than its position: the organ after a comma (`I viceordf., fullm.`), the
// hours or the § a person sat (`personalsekreterare, 288 kl`). Each cell is one person's, in order.
// Every name is invented.
import { describe, expect, it } from 'vitest';
import { positionCells } from '../../src/text/position-cells.js';
import { meetingDoc, text } from './helpers.js';

const minutes = (others: string): string =>
  text(
    '1 NORRVIK KOMMUN Kommunstyrelsen PROTOKOLL Sammanträdestid: Sammanträdesplats: Beslutande Måndagen den 3 mars 2014, kl Kommungården, Norrvik Ersättare Holm, Henrik Lind, Ralf Bäck, Eivor Berg, Helena Övriga närvarande ' +
      others +
      ' Paragrafer Underskrifter Henrik Holm ordförande Gun Ask sekreterare',
    '',
    '2 NORRVIK KOMMUN Kommunstyrelsen PROTOKOLL 59 Val av två protokollsjusterare Till protokollsjusterare valdes Eivor Bäck och Ralf Lind.',
  );

const officials = (others: string): Array<[string, string | null]> =>
  meetingDoc(minutes(others))
    .participants.filter((p) => p.role === 'other')
    .map((p) => [p.name, p.position]);

describe('the flattened column of positions after a surname-first roll', () => {
  it('gives each official the cell of the same row where a cell runs on past its position after a comma', () => {
    expect(officials('Ek, Kaj Strand, Roger Öhman, Johanna Sund, Stefan Ask, Gun fullm.ordförande I viceordf., fullm. II viceordf., fullm., kl , kommundirektör kanslichef')).toEqual([
      ['Ek Kaj', 'fullm.ordförande'],
      ['Strand Roger', 'I vice ordförande'],
      ['Öhman Johanna', 'II vice ordförande'],
      ['Sund Stefan', 'kommundirektör'],
      ['Ask Gun', 'kanslichef'],
    ]);
  });

  it('keeps the § and the hours a person sat with that person, and a qualifier before a position with the next', () => {
    expect(positionCells('kfge:s ordförande kommundirektör personalsekreterare, 288 kl bildningschef, 288, kl teknisk chef, 288, kl'.split(' '))).toEqual([
      'kfge:s ordförande',
      'kommundirektör',
      'personalsekreterare, 288 kl',
      'bildningschef, 288, kl',
      'teknisk chef, 288, kl',
    ]);
  });

  it('reads no column whose last words hold no position', () => {
    expect(positionCells('kommundirektör fullm.'.split(' '))).toBeNull();
  });
});
