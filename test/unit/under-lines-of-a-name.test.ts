// Lines under a name that are that person's: a position alone, capitalised as a cell of its own
// (`Sofia Alm` / `Miljöchef`), and an organisation under it where the list also writes positions
// under names (`Ulla Brink (C)` / `ordförande` / `Region Norrdal`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const opening = ['§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.'];

describe('a capitalised position under a name', () => {
  it('is the position of the one name above it', () => {
    const doc = meetingDoc(text('PROTOKOLL', 'Bygg- och miljönämnden', 'Sammanträdesdatum 2020-02-18', '', 'Beslutande', 'Ulla Brink (C)', 'Ivar Lind (S)', '', 'Övriga', 'Sofia Alm', 'Miljöchef', '', ...opening));
    expect(doc.participants.map((p) => [p.name, p.role, p.position])).toEqual([
      ['Ulla Brink', 'member', null],
      ['Ivar Lind', 'member', null],
      ['Sofia Alm', 'other', 'miljöchef'],
    ]);
  });

  it('ends a list that writes each position under its name', () => {
    const doc = meetingDoc(text('PROTOKOLL', 'Tekniska nämnden', 'Datum 2021-03-09', '', 'Beslutande', 'Rut Säll (S)', 'Ebbe Karp (M)', '', 'Tjänstepersoner', 'Nora Vide', 'Förvaltningschef', 'Tor Berg', 'Vice förvaltningschef', '', ...opening));
    expect(doc.participants.slice(2).map((p) => [p.name, p.position])).toEqual([
      ['Nora Vide', 'förvaltningschef'],
      ['Tor Berg', 'vice förvaltningschef'],
    ]);
  });

  it('is staff’s under a `Närvarande` that names the chair', () => {
    const doc = meetingDoc(text('PROTOKOLL', 'Samordningsförbundet Norrdal', 'Styrelsen', 'Datum 2022-05-11', '', 'Närvarande', 'Ulla Brink (C)', 'ordförande', 'Ivar Lind (S)', 'Sofia Alm', 'Förbundschef', '', ...opening));
    expect(doc.participants.map((p) => [p.name, p.role, p.position])).toEqual([
      ['Ulla Brink', 'member', 'ordförande'],
      ['Ivar Lind', 'member', null],
      ['Sofia Alm', 'other', 'förbundschef'],
    ]);
  });
});

describe('an organisation under a name in a list that writes positions under names', () => {
  it('is the person’s above it, not the next person’s', () => {
    const doc = meetingDoc(
      text('PROTOKOLL', 'Samordningsförbundet Norrdal', 'Styrelsen', 'Datum 2022-05-11', '', 'Närvarande', 'Ulla Brink (C)', 'ordförande', 'Region Norrdal', 'Ivar Lind (S)', 'Vallby kommun', 'Åsa Berg (M)', 'ledamot', 'Östby kommun', '', ...opening),
    );
    expect(doc.participants.map((p) => [p.name, p.organisation, p.position])).toEqual([
      ['Ulla Brink', 'Region Norrdal', 'ordförande'],
      ['Ivar Lind', 'Vallby kommun', null],
      ['Åsa Berg', 'Östby kommun', null],
    ]);
  });
});
