// A table of names and a table of their titles flattened one after the other, the titles capitalised as a table's cells
// write them (`Anna Berg Olle Falk Eva Ås Miljöchef Handläggare Miljöinspektör`): each name with its title, in order, not
// the last name (or the first) taking them all. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const rollOf = (roll: string): (string | null)[][] =>
  meetingDoc(['Minnesanteckningar', '', 'Närvarande', roll, '', '1. Mötets öppnande', '', 'Mötet öppnades.'].join('\n')).participants.map((p) => [
    p.name,
    p.position,
  ]);

describe('a column of capitalised titles after the names', () => {
  it('pairs each name with its title by order', () => {
    expect(rollOf('Anna Berg Olle Falk Eva Ås Miljöchef Handläggare Miljöinspektör')).toEqual([
      ['Anna Berg', 'miljöchef'],
      ['Olle Falk', 'handläggare'],
      ['Eva Ås', 'miljöinspektör'],
    ]);
  });

  it('pairs them after commas between the names too', () => {
    expect(rollOf('Anna Berg, Olle Falk, Eva Ås Förbundschef Ekonom Sekreterare')).toEqual([
      ['Anna Berg', 'förbundschef'],
      ['Olle Falk', 'ekonom'],
      ['Eva Ås', 'sekreterare'],
    ]);
  });
});
