// A sentence of the minutes under a roll whose speaker's title is written as its letters (`LD Jan Ek informerade om …`,
// `KSO Per Ås redogjorde för …`): the sentence ends the roll, and its speaker is no participant (nor `LD` a party).
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { reportsOpening } from '../../src/text/attendance-remark.js';
import { meetingDoc } from './helpers.js';

describe('a report whose speaker’s title is written as letters', () => {
  it('is a sentence of the minutes', () => {
    expect(reportsOpening('LD Jan Ek informerade om budgeten för äldreomsorgen.')).toBe(true);
    expect(reportsOpening('KSO Per Ås redogjorde för läget i kommunen.')).toBe(true);
    expect(reportsOpening('Per Ås (S) ersättare.')).toBe(false);
  });

  for (const sentence of ['LD Jan Ek informerade om budgeten för äldreomsorgen.', 'KSO Per Ås redogjorde för läget i kommunen.']) {
    it(`names nobody under the roll: ${sentence.slice(0, 14)}`, () => {
      const doc = meetingDoc(
        ['Minnesanteckningar KPR', 'Närvarande', 'Anna Berg (S), ordförande', 'Olle Falk, PRO', 'Eva Ås, SPF', sentence, '1. Mötets öppnande', 'Mötet öppnades.'].join('\n'),
      );
      expect(doc.participants.map((p) => p.name)).toEqual(['Anna Berg', 'Olle Falk', 'Eva Ås']);
    });
  }
});
