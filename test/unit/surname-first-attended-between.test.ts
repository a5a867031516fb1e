// A roll written surname first with commas (`Holm, Anna Berg, Lisa`), its column of positions flattened after the last
// given name, one for each name in order, where one person's §§ stand after the given name (`Strand, Göran fr. 119
// Sjöbacka, Mikael`): the §§ are that person's, and the names still take the positions in order (Swedish-language
// Finnish minutes). Every name is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const rows = (others: string) =>
  meetingDoc(
    text(
      'SAMMANTRÄDESPROTOKOLL Nr 8/2014', 'Organ KOMMUNSTYRELSEN', 'Sammanträdestid Måndag 28.4.2014 kl 18.00', '',
      'Beslutande: Holm, Anna Berg, Lisa Sund, Per Dahl, Roger',
      others,
      'Paragrafer: 114-125', '',
      '114. LAGLIGHET OCH BESLUTFÖRHET', 'Mötet var lagligt.',
      '125. ÖVRIGA ÄRENDEN', 'Inga.',
    ),
  ).participants.map((p) => [p.name, p.role, p.position, p.paragraphs]);

describe('§§ between the names of a surname-first roll', () => {
  it('gives each name its position, the §§ to the name they follow', () => {
    const r = rows(
      'Övriga närvarande: Lindgren, Hans-Erik Högberg, Stefan Strand, Göran fr. 119 Sjöbacka, Mikael Bjon, Inger kfge:s ordförande kfge:s I vice ordförande kfge:s II vice ordförande kommundirektör kommunsekreterare',
    );
    expect(r).toEqual(
      expect.arrayContaining([
        ['Lindgren Hans-Erik', 'other', 'kommunfullmäktiges ordförande', null],
        ['Högberg Stefan', 'other', 'kommunfullmäktiges I vice ordförande', null],
        ['Strand Göran', 'other', 'kommunfullmäktiges II vice ordförande', { from: 119, to: null }],
        ['Sjöbacka Mikael', 'other', 'kommundirektör', null],
        ['Bjon Inger', 'other', 'kommunsekreterare', null],
      ]),
    );
  });

  it('reads a range not attended after the given name the same way', () => {
    const r = rows('Övriga närvarande: Lind, Karin Ek, Olle ej 120-121 Ås, Maja kommundirektör ekonomichef kanslisekreterare');
    expect(r).toEqual(
      expect.arrayContaining([
        ['Lind Karin', 'other', 'kommundirektör', null],
        ['Ek Olle', 'other', 'ekonomichef', null],
        ['Ås Maja', 'other', 'kanslisekreterare', null],
      ]),
    );
  });
});
