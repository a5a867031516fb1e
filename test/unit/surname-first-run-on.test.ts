// Members written surname first and run on without commas between them (`Beslutande Ahlgren Anders Björkqvist Curt
// Grönlund Marita …`), as a Swedish-language Finnish roll reads once its column is flattened: each known given name ends
// a person, the surname before it (no given name) opens one; a position may follow a given name after its comma
// (`Söderlund Gunnel, ordförande Lindell Ingvar, viceordf Åström Leif`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const ITEM = ['', '§ 19 Laglighet och beslutförhet', 'Ordföranden konstaterar sammanträdets lagliga sammankallande samt beslutförhet.'];

describe('surname-first names run on', () => {
  it('are read one person to each surname and given name', () => {
    const doc = meetingDoc(
      text(
        'SAMMANTRÄDESPROTOKOLL',
        'Kommunfullmäktige',
        '',
        'Sammanträdestid Onsdagen den 15.6.2022 kl. 18:00-19.40 Sammanträdesplats Byholmen, konferensutrymmet Beslutande Ahlgren Anders Björkqvist Curt ' +
          'Grönlund Marita Holmström Eva Lindqvist Kenneth Sjöholm Eivor, ers. Övriga närvarande Gun Kronqvist, kommundirektör Frånvarande Kivelä Pia, ' +
          'Sundström Emma Paragrafer 19-26',
        ...ITEM,
      ),
    );
    expect(doc.participants.filter((p) => p.roleLabel === 'Beslutande').map((p) => [p.name, p.role])).toEqual([
      ['Ahlgren Anders', 'member'],
      ['Björkqvist Curt', 'member'],
      ['Grönlund Marita', 'member'],
      ['Holmström Eva', 'member'],
      ['Lindqvist Kenneth', 'member'],
      ['Sjöholm Eivor', 'deputy'],
    ]);
  });

  it('keep each position after its given name’s comma', () => {
    const doc = meetingDoc(
      text(
        'SAMMANTRÄDESPROTOKOLL',
        'Kommunfullmäktige',
        'Tid Torsdagen den 9 november 2023 kl 19:00-21:30',
        'Ledamöter: Söderlund Gunnel, ordförande Lindell Ingvar, viceordf Åström Leif Mörk Fredrik Granvik Solveig',
        ...ITEM,
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.position])).toEqual([
      ['Söderlund Gunnel', 'ordförande'],
      ['Lindell Ingvar', 'vice ordförande'],
      ['Åström Leif', null],
      ['Mörk Fredrik', null],
      ['Granvik Solveig', null],
    ]);
  });

  it('leaves given-first names as they are read', () => {
    const doc = meetingDoc(
      text('SAMMANTRÄDESPROTOKOLL', 'Kommunfullmäktige', 'Tid Torsdagen den 9 november 2023 kl 19:00-21:30', 'Ledamöter: Leif Åström Fredrik Mörk Solveig Granvik', ...ITEM),
    );
    expect(doc.participants.map((p) => p.name)).toEqual(['Leif Åström', 'Fredrik Mörk', 'Solveig Granvik']);
  });
});
