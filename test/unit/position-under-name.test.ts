// A position alone on the line under a name, no comma before it (`Bertil Hammar (M)` /
// `vice ordförande`): that person's position, and under a heading that only says who was there
// (`Närvarande`) the role it gives. A column of positions after a column of names is not this.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a position under the name', () => {
  it('gives the person above the position', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Bygg- och miljönämnden', 'Sammanträdesdatum 2020-02-18', '',
        'Beslutande', 'Ulla Brink (C)', 'ordförande', 'Bertil Hammar (M)', 'vice ordförande', 'Ivar Lind (S)', '',
        'Övriga', 'Sofia Alm', 'miljöchef', '',
        '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.role, p.party, p.position])).toEqual([
      ['Ulla Brink', 'member', 'C', 'ordförande'],
      ['Bertil Hammar', 'member', 'M', 'vice ordförande'],
      ['Ivar Lind', 'member', 'S', null],
      ['Sofia Alm', 'other', null, 'miljöchef'],
    ]);
  });

  it('takes the role from it under a list of who was there', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Samordningsförbundet Norrdal', 'Styrelsen', 'Datum: 2022-05-11', '',
        'Närvarande', 'Ulla Brink (C)', 'ordförande', 'Ivar Lind (S)', 'ersättare', 'Åsa Berg (L)', '',
        '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.role, p.position])).toEqual([
      ['Ulla Brink', 'member', 'ordförande'],
      ['Ivar Lind', 'deputy', null],
      ['Åsa Berg', 'member', null],
    ]);
  });
});

describe('a position at the end of a list of names', () => {
  it('is nobody’s after several names, and the one name’s after one', () => {
    const many = meetingDoc(text('PROTOKOLL', 'Tekniska nämnden', 'Datum 2020-02-18', '', 'Beslutande', 'Rut Säll (S)', 'Ebbe Karp (M)', 'ordförande', '', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.'));
    expect(many.participants.map((p) => [p.name, p.position])).toEqual([['Rut Säll', null], ['Ebbe Karp', null]]);
    const one = meetingDoc(text('PROTOKOLL', 'Tekniska nämnden', 'Datum 2020-02-18', '', 'Övriga', 'Nora Vide', 'nämndsekreterare', '', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.'));
    expect(one.participants.map((p) => [p.name, p.position])).toEqual([['Nora Vide', 'nämndsekreterare']]);
  });
});
