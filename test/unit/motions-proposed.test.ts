// Motions written in plain language (`Anna Ek (S) föreslår att …`) under a heading over the
// members' motions: `Yrkanden` or the templates' `Förslag till beslut på sammanträdet`. Only
// under such a heading is `föreslår` a motion of anyone; elsewhere only of a member named with a party.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { processOf } from './process-helpers.js';

const motions = (...lines: string[]): [string[], string[], string][] => processOf(lines.join('\n')).motions.map((m) => [m.by, m.parties, m.text]);

describe('motions moved with `föreslår`', () => {
  it('under `Yrkanden`', () => {
    expect(motions('Yrkanden', 'Gun Rask (M) föreslår att ärendet återremitteras till förvaltningen.', 'Leo Forsell (C) föreslår bifall till utskottets förslag.')).toEqual([
      [['Gun Rask'], ['M'], 'att ärendet återremitteras till förvaltningen'],
      [['Leo Forsell'], ['C'], 'bifall till utskottets förslag'],
    ]);
  });

  it('under `Förslag till beslut på sammanträdet`', () => {
    expect(
      motions(
        'Förslag till beslut',
        'Nämnden föreslår fullmäktige att anta taxan.',
        '',
        'Förslag till beslut på sammanträdet',
        'Ida Holmqvist (V) och Ture Backe (V) föreslår att taxan avslås.',
      ),
    ).toEqual([[['Ida Holmqvist', 'Ture Backe'], ['V'], 'att taxan avslås']]);
  });

  it('none outside such a heading, nor an organ that recommends', () => {
    // (a member named with a party moves anywhere: motions-proposed-member.test.ts)
    expect(motions('Ida Holmqvist föreslår att taxan avslås.')).toEqual([]);
    expect(motions('Yrkanden', 'Kommunstyrelsen föreslår kommunfullmäktige att anta taxan.')).toEqual([]);
  });
});
