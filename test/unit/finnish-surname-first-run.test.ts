// The roll of Swedish-language Finnish minutes writes each name surname first, without a
// comma (`Nordqvist Sven-Ove`); a transcript flattens the column onto one line, so the names
// run on (`NÄRVARANDE Nordqvist Sune Wiklöf Gunvor Storbacka Rolf …`), a position after some
// of them. Each surname and the given name after it are one person. Every name is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (roll: string): string =>
  text(
    `1 NORRBY STAD PROTOKOLL 4/ Stadsfullmäktige TID kl. 18:05-20:40 PLATS Norrby skolcentrum, Skolgatan 12 NÄRVARANDE ${roll} ÖVRIGA Saarela Olavi stadsdirektör FRÅNVARANDE Hakala Arja`,
    '',
    '2 NORRBY STAD PROTOKOLL 4/ Stadsstyrelsen § 56 Sammanträdets laglighet och beslutförhet Beslut: Sammanträdet konstaterades vara lagligt sammankallat och beslutfört.',
  );

describe('a flattened roll of surname-first names', () => {
  it('reads each surname with the given name after it, a position after a comma', () => {
    const doc = meetingDoc(minutes('Nordqvist Sune Wiklöf Gunvor Storbacka Rolf Lövdahl Henrik Strandén Ester Söderbacka Lena, viceordförande'));
    expect(doc.participants.filter((p) => p.role === 'member').map((p) => [p.name, p.position])).toEqual([
      ['Nordqvist Sune', null],
      ['Wiklöf Gunvor', null],
      ['Storbacka Rolf', null],
      ['Lövdahl Henrik', null],
      ['Strandén Ester', null],
      ['Söderbacka Lena', 'viceordförande'],
    ]);
  });

  it('reads a position in lower case after a given name, and a given name the lexicon does not know', () => {
    const doc = meetingDoc(minutes('Rosenlund Jonas ordförande Fagerström Cornelius Ekholm Tarja Wallin Ulla Rautio Petra I viceordförande'));
    expect(doc.participants.filter((p) => p.role === 'member').map((p) => [p.name, p.position])).toEqual([
      ['Rosenlund Jonas', 'ordförande'],
      ['Fagerström Cornelius', null],
      ['Ekholm Tarja', null],
      ['Wallin Ulla', null],
      ['Rautio Petra', 'I viceordförande'],
    ]);
  });

  it('leaves a roll written given name first as it was', () => {
    const doc = meetingDoc(minutes('Sune Nordqvist Gunvor Wiklöf Rolf Storbacka'));
    expect(doc.participants.filter((p) => p.role === 'member').map((p) => p.name)).toEqual(['Sune Nordqvist', 'Gunvor Wiklöf', 'Rolf Storbacka']);
  });

  it('reads the roll after a `Beslutande` label on a flattened front page, a known given name first', () => {
    const doc = meetingDoc(
      text(
        '1 NORRBY STAD PROTOKOLL 4/ Stadsstyrelsen Tid Måndag kl Plats Stadshuset, Torggatan 3 Beslutande Nordqvist Sune Wiklöf Gunvor Storbacka Rolf Lövdahl Henrik Övriga deltagande Kronlund Bo, stadsfullmäktiges ordförande',
        '',
        '2 NORRBY STAD PROTOKOLL 4/ Stadsstyrelsen § 56 Sammanträdets laglighet',
      ),
    );
    expect(doc.participants.filter((p) => p.role === 'member').map((p) => p.name)).toEqual(['Nordqvist Sune', 'Wiklöf Gunvor', 'Storbacka Rolf', 'Lövdahl Henrik']);
  });

  it('reads a roll whose every name has its position, the first an ordinal one', () => {
    const doc = meetingDoc(minutes('Nordman Agneta I viceordförande Hellsten Anja II viceordförande Laine Merja medlem'));
    expect(doc.participants.filter((p) => p.role === 'member').map((p) => [p.name, p.position])).toEqual([
      ['Nordman Agneta', 'I viceordförande'],
      ['Hellsten Anja', 'II viceordförande'],
      ['Laine Merja', null],
    ]);
  });

  it('gives the column of positions flattened after the names each name’s own, in order', () => {
    const doc = meetingDoc(minutes('Nordman Agneta Laine Merja').replace('FRÅNVARANDE Hakala Arja', 'FRÅNVARANDE Hakala Arja Westman Siv ordförande ekonomichef'));
    expect(doc.participants.filter((p) => p.role === 'absent').map((p) => [p.name, p.position])).toEqual([
      ['Hakala Arja', 'ordförande'],
      ['Westman Siv', 'ekonomichef'],
    ]);
  });

  it('gives the column of positions of several words each its name, each position ending on its own word', () => {
    const doc = meetingDoc(minutes('Nordman Agneta Laine Merja').replace('FRÅNVARANDE Hakala Arja', 'FRÅNVARANDE Hakala Arja Westman Siv Berg Olle ledamot fm:s ordförande ekonomichef'));
    expect(doc.participants.filter((p) => p.role === 'absent').map((p) => [p.name, p.position])).toEqual([
      ['Hakala Arja', null],
      ['Westman Siv', 'fullmäktiges ordförande'],
      ['Berg Olle', 'ekonomichef'],
    ]);
  });

  it('reads a double surname whose second part is written in lower case, as Finnish ones are', () => {
    const doc = meetingDoc(minutes('Nordqvist Sune ordförande Kivi-oja Marika Storbacka Rolf Yli-aho Petra II viceordförande'));
    expect(doc.participants.filter((p) => p.role === 'member').map((p) => [p.name, p.position])).toEqual([
      ['Nordqvist Sune', 'ordförande'],
      ['Kivi-oja Marika', null],
      ['Storbacka Rolf', null],
      ['Yli-aho Petra', 'II viceordförande'],
    ]);
  });
});
