// Åland minutes sign in a grid: `Protokolljustering` and `Protokollet framlagt till påseende`
// side by side, each over its place and blank day, the adjusters' names under the first. An
// archive flattening the page row by row puts the names after the second label, before its
// place (`Protokolljustering Viksund, den … Protokollet framlagt till påseende Carita Lind Dan
// Sjöberg Viksund kommunkansli den Kanslist Ida Wik`), or around it (`… påseende Carita Lind
// Viksund den Dan Sjöberg`). The names are the adjusters'. Every name and place is invented.
import { describe, expect, it } from 'vitest';
import { viksundRunOn } from './helpers.js';

const minutes = viksundRunOn;

describe('adjusters\' names after the posting\'s label, before its place', () => {
  it('names before the place are the adjusters\', the certifier after the day no adjuster', () => {
    const s = minutes('Underskrifter Protokolljustering Viksund, den Anna Holm, ordförande Viksund, den Ida Wik, sekreterare Protokollet framlagt till påseende Carita Lind Dan Sjöberg Viksund kommunkansli den Kanslist Maria Berg').signatures;
    expect([s?.chair, s?.secretary, s?.adjusters]).toEqual([['Anna Holm'], ['Ida Wik'], ['Carita Lind', 'Dan Sjöberg']]);
  });

  it('a name before the place and one after its day are the adjusters\'', () => {
    const s = minutes('Underskrifter Ordförande Anna Holm Sekreterare Ida Wik Protokolljustering Viksund den 16 mars 2023 Protokollet framlagt till påseende Carita Lind Viksund den Dan Sjöberg').signatures;
    expect(s?.adjusters).toEqual(['Carita Lind', 'Dan Sjöberg']);
  });

  it('a posting with no name before its place gives no adjuster', () => {
    const s = minutes('Underskrifter Ordförande Anna Holm Sekreterare Ida Wik Protokolljustering Viksund den Protokollet framlagt till påseende Viksund den 17 mars 2023').signatures;
    expect(s?.adjusters).toEqual([]);
  });
});
