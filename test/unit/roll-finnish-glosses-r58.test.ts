// A bilingual Finnish town's roll prints each position's Finnish name after the Swedish one, a slash or a dash between
// them (`viceordförande / varapuheenjohtaja`): the gloss is no position and no name. Every name is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const roll = (...lines: string[]) =>
  meetingDoc(text('PROTOKOLL', 'Direktionen', 'Datum 2021-03-04', '', ...lines, '', '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.')).participants.map((p) => [
    p.name,
    p.role,
    p.organisation,
    p.party,
    p.position,
  ]);

describe('Finnish glosses of positions', () => {
  it('reads a comma list whose positions carry their Finnish names after a slash or a dash', () => {
    expect(roll('Närvarande: viceordförande / varapuheenjohtaja Tove Strand, medlem - jäsen Göran Malm, sekreterare/sihteeri Siri Hed')).toEqual([
      ['Tove Strand', 'member', null, null, 'viceordförande'],
      ['Göran Malm', 'member', null, null, null],
      ['Siri Hed', 'other', null, null, 'sekreterare'],
    ]);
  });

  it('reads labels above the names with their glosses', () => {
    expect(roll('Närvarande', 'ordförande / puheenjohtaja', 'Tove Strand', 'medlem / jäsen', 'Göran Malm')).toEqual([
      ['Tove Strand', 'member', null, null, 'ordförande'],
      ['Göran Malm', 'member', null, null, null],
    ]);
  });
});
