// A roll's sub-heading that says where the people under it come from (`Från Försäkringskassan`, `Från länets kommuner:`):
// it names nobody, and gives the people under it the organisation where it names one. Every name is invented.
import { describe, expect, it } from 'vitest';
import { rollOf } from './helpers.js';


describe('sub-headings that say where the people come from', () => {
  it('gives the organisation it names to the people under it, and names nobody', () => {
    expect(rollOf('Beslutande', 'Från Försäkringskassan', 'Tove Strand', 'Göran Malm', 'Från Västerdals kommun', 'Siri Hed (S)')).toEqual([
      ['Tove Strand', 'member', 'Försäkringskassan', null, null],
      ['Göran Malm', 'member', 'Försäkringskassan', null, null],
      ['Siri Hed', 'member', 'Västerdals kommun', 'S', null],
    ]);
  });

  it('keeps the people after a sub-heading of three words, their own organisations before it', () => {
    expect(rollOf('Ledamöter', 'Från länets kommuner:', 'Tove Strand (S), Ekby kommun', 'Göran Malm (M), Åsby kommun', 'Från Region Västerdal:', 'Siri Hed (C)', 'Arvid Lund (KD)')).toEqual([
      ['Tove Strand', 'member', 'Ekby kommun', 'S', null],
      ['Göran Malm', 'member', 'Åsby kommun', 'M', null],
      ['Siri Hed', 'member', 'Region Västerdal', 'C', null],
      ['Arvid Lund', 'member', 'Region Västerdal', 'KD', null],
    ]);
  });
});
