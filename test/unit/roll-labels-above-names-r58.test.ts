// A roll whose table puts each person's position or seat in a cell above the name, flattened one cell a line
// (`ordförande` / `Tove Strand`): each label is the name's under it, not the name's above. Every name is invented.
import { describe, expect, it } from 'vitest';
import { rollOf } from './helpers.js';


describe('labels above the names', () => {
  it('gives each label to the name under it, surname first, a seat label its role', () => {
    expect(rollOf('Närvarande', 'ordförande', 'Strand Tove', 'vice ordf.', 'Malm Göran', 'medlem', 'Hed Siri', 'ersättare', 'Lund Arvid')).toEqual([
      ['Strand Tove', 'member', null, null, 'ordförande'],
      ['Malm Göran', 'member', null, null, 'vice ordförande'],
      ['Hed Siri', 'member', null, null, null],
      ['Lund Arvid', 'deputy', null, null, null],
    ]);
  });

  it('reads names with parties under the labels, an official last', () => {
    expect(rollOf('Närvarande', 'vice ordförande', 'Nils Alm (C)', 'ledamot', 'Ulla Rask (S)', 'förbundsdirektör', 'Jenny Wall')).toEqual([
      ['Nils Alm', 'member', null, 'C', 'vice ordförande'],
      ['Ulla Rask', 'member', null, 'S', null],
      ['Jenny Wall', 'other', null, null, 'förbundsdirektör'],
    ]);
  });
});
