// A roll printed as a table of two columns, names and organisations, flattened one column after the other, a cell a
// line: the list ends on as many organisations alone on their lines as the names before them, each organisation the
// name's in its place. Every name is invented.
import { describe, expect, it } from 'vitest';
import { rollOf } from './helpers.js';


describe('a column of organisations after the column of names', () => {
  it('gives each organisation to the name in its place, parties and positions kept', () => {
    expect(rollOf('Ledamöter', 'Tove Strand (S), ordförande', 'Göran Malm (M)', 'Siri Hed (C)', 'Åsby kommun', 'Region Västerdal', 'Försäkringskassan')).toEqual([
      ['Tove Strand', 'member', 'Åsby kommun', 'S', 'ordförande'],
      ['Göran Malm', 'member', 'Region Västerdal', 'M', null],
      ['Siri Hed', 'member', 'Försäkringskassan', 'C', null],
    ]);
  });

  it('reads each list of a roll so, the members and the deputies each with their own column', () => {
    expect(
      rollOf('Beslutande', 'Tove Strand', 'Göran Malm', 'Arbetsförmedlingen', 'Ekby kommun', 'Ersättare', 'Siri Hed', 'Arvid Lund', 'Region Västerdal', 'Åsby kommun', 'Övriga närvarande', 'Jenny Wall, förbundschef'),
    ).toEqual([
      ['Tove Strand', 'member', 'Arbetsförmedlingen', null, null],
      ['Göran Malm', 'member', 'Ekby kommun', null, null],
      ['Siri Hed', 'deputy', 'Region Västerdal', null, null],
      ['Arvid Lund', 'deputy', 'Åsby kommun', null, null],
      ['Jenny Wall', 'other', null, null, 'förbundschef'],
    ]);
  });
});
