// Members written surname first and run on without commas between them (`Beslutande Ahlgren Anders Björkqvist Curt
// Grönlund Marita …`), as a Swedish-language Finnish roll reads once its column is flattened: each known given name ends
// a person, the surname before it (no given name) opens one; a position may follow a given name after its comma
// (`Eriksson Viveka, ordförande Karlsson Rolf, viceordf Andersson Leif`). Every text is invented.
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
        'Tid Torsdagen den 17 november 2016 kl 19:00-21:53',
        'Ledamöter: Eriksson Viveka, ordförande Karlsson Rolf, viceordf Andersson Leif Forsman Fredrik Gestberg Solveig',
        ...ITEM,
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.position])).toEqual([
      ['Eriksson Viveka', 'ordförande'],
      ['Karlsson Rolf', 'vice ordförande'],
      ['Andersson Leif', null],
      ['Forsman Fredrik', null],
      ['Gestberg Solveig', null],
    ]);
  });

  it('leaves given-first names as they are read', () => {
    const doc = meetingDoc(
      text('SAMMANTRÄDESPROTOKOLL', 'Kommunfullmäktige', 'Tid Torsdagen den 17 november 2016 kl 19:00-21:53', 'Ledamöter: Leif Andersson Fredrik Forsman Solveig Gestberg', ...ITEM),
    );
    expect(doc.participants.map((p) => p.name)).toEqual(['Leif Andersson', 'Fredrik Forsman', 'Solveig Gestberg']);
  });
});
