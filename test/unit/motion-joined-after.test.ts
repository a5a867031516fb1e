// A member who joins a motion after it was made (`Bo Al (KD) instämmer i Anna Eks yrkande`,
// `… instämmer i yrkandet`, `Eva Sten (L) instämmer.`), as municipal minutes list the motions
// of a §: one more mover of that motion, not lost. A joined note or assessment moves nothing.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { processOf } from './process-helpers.js';

const motions = (...lines: string[]): [string[], string[], string][] => processOf(lines.join('\n')).motions.map((m) => [m.by, m.parties, m.text]);

describe('joining a motion made before', () => {
  it('named by its mover', () => {
    expect(motions('Yrkanden', 'Tova Ek (M) yrkar bifall.', 'Lars Moss (S) yrkar avslag.', 'Bo Ahl (KD) instämmer i Lars Moss yrkande.')).toEqual([
      [['Tova Ek'], ['M'], 'bifall'],
      [['Lars Moss', 'Bo Ahl'], ['S', 'KD'], 'avslag'],
    ]);
    expect(motions('Yrkanden', 'Tova Ek (M) yrkar bifall till förslaget.', 'Bo Ahl (KD) instämmer i Tova Eks (M) yrkande.')).toEqual([[['Tova Ek', 'Bo Ahl'], ['M', 'KD'], 'bifall till förslaget']]);
  });

  it('the motion just made, where none is named', () => {
    expect(motions('Yrkanden', 'Tova Ek (M) yrkar bifall till förslaget.', '', 'Bo Ahl (KD) och Eva Sten (L) instämmer.')).toEqual([
      [['Tova Ek', 'Bo Ahl', 'Eva Sten'], ['M', 'KD', 'L'], 'bifall till förslaget'],
    ]);
    expect(motions('Tova Ek (M) yrkar återremiss. Bo Ahl (KD) instämmer i yrkandet.')).toEqual([[['Tova Ek', 'Bo Ahl'], ['M', 'KD'], 'återremiss']]);
  });

  it('joining a note or an assessment moves nothing', () => {
    expect(motions('Yrkanden', 'Tova Ek (M) yrkar bifall.', '', 'Protokollsanteckning', 'Eva Sjö (C) lämnar en protokollsanteckning. Bo Ahl (KD) instämmer i anteckningen.')).toEqual([[['Tova Ek'], ['M'], 'bifall']]);
    expect(motions('Bo Ahl (KD) instämmer i förvaltningens bedömning.')).toEqual([]);
  });
});
