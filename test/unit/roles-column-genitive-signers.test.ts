// A roll's column of names and the column of their functions flattened one after the other, the functions in lower case
// and some of them another organ's (`kommunfullmäktiges ordförande`), an official's title capitalised among them; and a
// front page whose labels stand in one block before its values, so that the signature block's names (the chair's and the
// secretary's, names of the list) run on after the functions. Each name takes its function by order; the guests with
// another organ's position stay among the others. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const people = (text: string) =>
  parse(text).documents[0]!.participants.map((p) => [p.name, p.role, p.position]);

describe('a function column with genitive positions and the signers after it', () => {
  it('pairs each name with its function under labels standing before every value', () => {
    const text = [
      'Nr. 4 Plats och tid Kommunhuset onsdagen , kl Beslutande Föredragande Övriga närvarande Paragrafer Underskrifter',
      'Olle Berg Stina Lund Karl Ek, frånvarande Maja Strand Nils Holm Eva Dahl Per Vik Greta Ås Lars Nord ordförande',
      'viceordförande ledamot ledamot ledamot ersättare Kommundirektör kommunfullmäktiges ordförande sekreterare Olle Berg',
      'Lars Nord Protokolljustering Ort och tid Lövby måndagen , kl',
    ].join(' ');
    expect(people(text)).toEqual([
      ['Olle Berg', 'member', 'ordförande'],
      ['Stina Lund', 'member', 'viceordförande'],
      ['Karl Ek', 'absent', null],
      ['Maja Strand', 'member', null],
      ['Nils Holm', 'member', null],
      ['Eva Dahl', 'deputy', null],
      ['Per Vik', 'other', 'kommundirektör'],
      ['Greta Ås', 'other', 'kommunfullmäktiges ordförande'],
      ['Lars Nord', 'other', 'sekreterare'],
    ]);
  });

  it('pairs them where the list has no signers after it and a board writes its own genitive', () => {
    const text = [
      'Sammanträdesprotokoll Plats och tid Sjösalen, kl 18.00 Beslutande Övriga närvarande',
      'Tor Ahl Siv Lundin Rut Nordin Ove Sand Pia Malm ordförande ledamot ledamot styrelsens sekreterare förvaltningschef',
      'Utses att justera Siv Lundin',
    ].join(' ');
    expect(people(text)).toEqual([
      ['Tor Ahl', 'member', 'ordförande'],
      ['Siv Lundin', 'member', null],
      ['Rut Nordin', 'member', null],
      ['Ove Sand', 'other', 'styrelsens sekreterare'],
      ['Pia Malm', 'other', 'förvaltningschef'],
    ]);
  });

  it('leaves the names after the functions alone where they are nobody of the list', () => {
    const text = [
      'Sammanträdesprotokoll Plats och tid Sjösalen, kl 18.00 Beslutande',
      'Tor Ahl Siv Lundin ordförande ledamot Bo Falk Utses att justera Siv Lundin',
    ].join(' ');
    expect(people(text).map((p) => p[0])).not.toEqual(['Tor Ahl', 'Siv Lundin']);
  });
});
