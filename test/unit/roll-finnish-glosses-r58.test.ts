// A bilingual Finnish town's roll prints each position's Finnish name after the Swedish one, a slash or a dash between
// them (`viceordförande / varapuheenjohtaja`): the gloss is no position and no name. Every name is invented.
import { describe, expect, it } from 'vitest';
import { rollOf } from './helpers.js';


describe('Finnish glosses of positions', () => {
  it('reads a comma list whose positions carry their Finnish names after a slash or a dash', () => {
    expect(rollOf('Närvarande: viceordförande / varapuheenjohtaja Tove Strand, medlem - jäsen Göran Malm, sekreterare/sihteeri Siri Hed')).toEqual([
      ['Tove Strand', 'member', null, null, 'viceordförande'],
      ['Göran Malm', 'member', null, null, null],
      ['Siri Hed', 'other', null, null, 'sekreterare'],
    ]);
  });

  it('reads labels above the names with their glosses', () => {
    expect(rollOf('Närvarande', 'ordförande / puheenjohtaja', 'Tove Strand', 'medlem / jäsen', 'Göran Malm')).toEqual([
      ['Tove Strand', 'member', null, null, 'ordförande'],
      ['Göran Malm', 'member', null, null, null],
    ]);
  });
});
