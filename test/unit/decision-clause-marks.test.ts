// Decision clauses marked by letters (`a) att godkänna …` / `b) att …`) and clauses numbered
// without a point (`1 Rapporten godkänns.` / `2 Förbundschefen får …`, as minutes published on
// the web print them) under a decision heading: one decision per clause, the mark no part of it.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { findDecisions } from '../../src/parse/decisions/decisions.js';
import { parasOf } from './helpers.js';

const decided = (...lines: string[]): [string | null, string][] => findDecisions(parasOf(lines.join('\n'))).map((d) => [d.by, d.text]);

describe('clauses marked by letters', () => {
  it('`a) att …` under `Styrelsen beslutar`', () => {
    expect(decided('Beslut', 'Styrelsen beslutar', 'a) att godkänna rapporten,', 'b) att uppdra åt förbundschefen att återkomma.')).toEqual([
      ['Styrelsen', 'godkänna rapporten'],
      ['Styrelsen', 'uppdra åt förbundschefen att återkomma.'],
    ]);
  });
});

describe('clauses numbered without a point', () => {
  it('`1 …` / `2 …` under a decision heading', () => {
    expect(
      decided(
        'Kommunfullmäktiges beslut',
        '1 Kommunfullmäktige väljer revisorer för mandatperioden 2023-2026 enligt bilaga 1.',
        '2 Kommunfullmäktige väljer ledamöter och ersättare till nämnderna enligt bilaga 2.',
      ),
    ).toEqual([
      ['Kommunfullmäktige', 'Kommunfullmäktige väljer revisorer för mandatperioden 2023-2026 enligt bilaga 1.'],
      ['Kommunfullmäktige', 'Kommunfullmäktige väljer ledamöter och ersättare till nämnderna enligt bilaga 2.'],
    ]);
  });

  it('a number opening a wrapped line is no clause where the first clause has none', () => {
    expect(decided('Beslut', 'Nämnden beviljar bidrag med', '25 000 kronor till föreningen.')).toEqual([['Nämnden', 'Nämnden beviljar bidrag med 25 000 kronor till föreningen.']]);
  });
});
