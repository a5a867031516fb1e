// People listed one a line under a process heading, each with the party's bracket and no comma
// between them (`Reservation` / `Anna Ek (M)` / `Bo Al (KD)`), as municipal minutes list who
// reserved themselves or moved: one person each, not one name of both. Every text is invented.
import { describe, expect, it } from 'vitest';
import { processOf } from './process-helpers.js';

describe('names one a line under a heading', () => {
  it('each is a reserver with the party of their bracket', () => {
    const [r] = processOf(['Reservation', 'Tora Ek (M)', 'Bo Ahl (KD)'].join('\n')).reservations;
    expect(r!.by).toEqual(['Tora Ek', 'Bo Ahl']);
    expect(r!.parties).toEqual(['M', 'KD']);
  });

  it('three movers run together before the verb', () => {
    const [m] = processOf('Tora Ek (M) Bo Ahl (KD) Lina Sten (L) yrkar avslag på förslaget.').motions;
    expect(m!.by).toEqual(['Tora Ek', 'Bo Ahl', 'Lina Sten']);
    expect(m!.parties).toEqual(['M', 'KD', 'L']);
  });

  it('a name written with commas stays as before', () => {
    const [r] = processOf('Tora Ek (M), Bo Ahl (KD) och Lina Sten (L) reserverar sig mot beslutet.').reservations;
    expect(r!.by).toEqual(['Tora Ek', 'Bo Ahl', 'Lina Sten']);
  });
});
