// A mover or reserver with an organisation in brackets where a politician has a party: the
// members of a samordningsförbund's board come from its member authorities (`Eva Ström (FK)`,
// `Bo Åkesson (AF)`, `Lisa Berg (Region Norrby)`). The letters of an organisation are never a
// party, and the bracket does not cost the motion its mover; a local party's letters (`(NRP)`)
// still are a party. Every text is invented.
import { describe, expect, it } from 'vitest';
import { processOf } from './process-helpers.js';

const motions = (...lines: string[]): [string[], string[], string][] => processOf(lines.join('\n')).motions.map((m) => [m.by, m.parties, m.text]);

describe('an organisation in brackets after a mover', () => {
  it('is no party', () => {
    expect(motions('Eva Ström (FK) yrkar bifall till förslaget.', 'Bo Åkesson (AF) yrkar avslag.')).toEqual([
      [['Eva Ström'], [], 'bifall till förslaget'],
      [['Bo Åkesson'], [], 'avslag'],
    ]);
  });

  it('written out, keeps the mover', () => {
    expect(motions('Lisa Berg (Region Norrby) yrkar återremiss.', 'Olle Fors (Västby kommun) yrkar bifall.')).toEqual([
      [['Lisa Berg'], [], 'återremiss'],
      [['Olle Fors'], [], 'bifall'],
    ]);
  });

  it('while a local party`s letters are a party', () => {
    expect(motions('Karin Lund (NRP) yrkar avslag på förslaget.')).toEqual([[['Karin Lund'], ['NRP'], 'avslag på förslaget']]);
  });

  it('in a reservation too', () => {
    const r = processOf('Styrelsen beslutar att godkänna budgeten.\n\nEva Ström (FK) reserverar sig mot beslutet.').reservations;
    expect(r.map((x) => [x.by, x.parties])).toEqual([[['Eva Ström'], []]]);
  });
});
