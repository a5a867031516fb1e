// Two motions in one sentence, each mover with its own verb (`Bo Ek (M) yrkar bifall och Eva Ås
// (M) yrkar avslag.`, `Anna Ek (S) yrkar bifall, Bo Al (M) och Eva Ås (M) yrkar avslag.`): one
// motion each, cut where only movers stand between a separator and the next verb. A motion
// that quotes another's moving (`… det som motionären yrkar`) stays whole. Every text is invented.
import { describe, expect, it } from 'vitest';
import { processOf } from './process-helpers.js';
import { text } from './helpers.js';

const motions = (body: string): [string[], string[], string][] => processOf(body).motions.map((m) => [m.by, m.parties, m.text]);

describe('two movers in one sentence', () => {
  it('`… yrkar bifall och … yrkar avslag`', () => {
    expect(motions(text('Under överläggningen yrkar Rolf Sten (S) bifall till förslaget och Tina Brink (SD) yrkar avslag.'))).toEqual([
      [['Rolf Sten'], ['S'], 'bifall till förslaget'],
      [['Tina Brink'], ['SD'], 'avslag'],
    ]);
  });

  it('`… yrkar bifall, X och Y yrkar avslag`', () => {
    expect(motions(text('Rolf Sten (S) yrkar bifall, Tina Brink (SD) och Lars Uhr (SD) yrkar återremiss.'))).toEqual([
      [['Rolf Sten'], ['S'], 'bifall'],
      [['Tina Brink', 'Lars Uhr'], ['SD'], 'återremiss'],
    ]);
  });

  it('a motion that names another\'s moving stays whole (guard)', () => {
    expect(motions(text('Rolf Sten (S) yrkar att nämnden ska avslå det som motionären yrkar.'))).toEqual([
      [['Rolf Sten'], ['S'], 'att nämnden ska avslå det som motionären yrkar'],
    ]);
  });
});
