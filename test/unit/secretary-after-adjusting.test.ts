// Åland minutes signed in a grid, flattened row by row: the chair's and the secretary's labels in a row, the chair's
// name after them, then the adjusting's place and day with the secretary's name after it, and the adjusters around
// the posting's place (`Ordförande Sekreterare Anna Holm Protokolljustering Viksund den 16 mars 2023 Ida Wik
// Protokollet framlagt till påseende Carita Lind Viksund den Dan Sjöberg`). With the adjusters in the posting's row,
// the one name after the adjusting's day is the secretary's. Where the chair's column names a stand-in for one § first
// (`Ordförande Dan Sjöberg 47 Sekreterare Anna Holm`), the name under the secretary's label is the chair's for the other
// §§. Every name and place is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text, VIKSUND_ITEMS } from './helpers.js';

const minutes = (signing: string) =>
  meetingDoc(
    text(
      '1 Nr 4/2023 Sammanträdestid Tisdagen den kl Sammanträdesplats Beslutande Kommungården x Holm Anna, ordf. x Lind Carita x Sjöberg Dan, vice ordf. Övriga närvarande x Wik Ida, kommundirektör, sekreterare Paragrafer ' +
        signing +
        ' Intygar Utdragets riktighet bestyrkes Ida Wik, Viksund den sekreterare Underskrift Ida Wik, kommundirektör',
      '',
      ...VIKSUND_ITEMS,
    ),
  );

const roles = (signing: string) => {
  const s = minutes(signing).signatures;
  return [s?.chair, s?.secretary, s?.adjusters];
};

describe('the secretary\'s name after the adjusting\'s day', () => {
  it('is the secretary\'s where the adjusters sign in the posting\'s row', () => {
    expect(roles('Underskrifter Ordförande Sekreterare Anna Holm Protokolljustering Viksund den 16 mars 2023 Ida Wik Protokollet framlagt till påseende Carita Lind Viksund den Dan Sjöberg')).toEqual([
      ['Anna Holm'],
      ['Ida Wik'],
      ['Carita Lind', 'Dan Sjöberg'],
    ]);
  });

  it('follows a stand-in chair\'s name and §, the chair\'s name under the secretary\'s label', () => {
    expect(roles('Underskrifter Ordförande Dan Sjöberg 47 Sekreterare Anna Holm Protokolljustering Viksund den 16 mars 2023 Ida Wik Protokollet framlagt till påseende Carita Lind Viksund den 20 mars 2023 Maria Berg')).toEqual([
      ['Dan Sjöberg', 'Anna Holm'],
      ['Ida Wik'],
      ['Carita Lind', 'Maria Berg'],
    ]);
  });

  it('stays the adjusters\' where the posting\'s row names nobody', () => {
    expect(roles('Underskrifter Ordförande Sekreterare Anna Holm Protokolljustering Viksund den på kommungården Carita Lind Dan Sjöberg Protokollet framlagt till påseende Viksund den')).toEqual([
      ['Anna Holm'],
      [],
      ['Carita Lind', 'Dan Sjöberg'],
    ]);
  });
});
