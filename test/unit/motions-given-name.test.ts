// Movers named by their given name only, as an association's board minutes write their members
// (`Tove yrkar bifall till förslaget.`, `Mats och Pia yrkade avslag.`). A lone word is a mover only
// when it is a known given name: `Styrelsen yrkar …`, `Förvaltningen yrkar …` name nobody.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { processOf } from './process-helpers.js';

const motions = (...lines: string[]): [string[], string[], string][] => processOf(lines.join('\n')).motions.map((m) => [m.by, m.parties, m.text]);

describe('a mover named by the given name only', () => {
  it('moves', () => {
    expect(motions('Tove yrkar bifall till förslaget.', 'Mats och Pia yrkade avslag.')).toEqual([
      [['Tove'], [], 'bifall till förslaget'],
      [['Mats', 'Pia'], [], 'avslag'],
    ]);
  });

  it('not a word that is no given name', () => {
    expect(motions('Kassören yrkar bifall till förslaget.')).toEqual([]);
    expect(motions('Valberedningen yrkar avslag.')).toEqual([]);
  });
});
