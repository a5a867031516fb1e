// A front page that signs in a grid (`Ordförande   Sekreterare` over the names under them),
// flattened by an archive onto one line: the labels stand in a row and the names follow them
// (`Underskrifter Ordförande Sekreterare Anna Holm`, Åland's minutes, the secretary's cell
// left blank; `Sekreterare Ordförande Justerande Ida Wik Anna Holm Carita Lind Dan Sjöberg`).
// The names are the labels' in order, the names past the last label the adjusters'. Every
// name and place is invented.
import { describe, expect, it } from 'vitest';
import { viksundRunOn } from './helpers.js';

const minutes = viksundRunOn;

describe('signers\' labels in a row, their names after them', () => {
  it('one name after `Ordförande Sekreterare` is the chair\'s', () => {
    const s = minutes('Underskrifter Ordförande Sekreterare Anna Holm Protokolljustering Viksund den Carita Lind Dan Sjöberg Protokollet framlagt till påseende Viksund den').signatures;
    expect([s?.chair, s?.secretary, s?.adjusters]).toEqual([['Anna Holm'], [], ['Carita Lind', 'Dan Sjöberg']]);
  });

  it('two names after `Ordförande Sekreterare` are the chair\'s and the secretary\'s', () => {
    const s = minutes('Underskrifter Ordförande Sekreterare Anna Holm Ida Wik Protokolljustering Viksund den Carita Lind Dan Sjöberg').signatures;
    expect([s?.chair, s?.secretary, s?.adjusters]).toEqual([['Anna Holm'], ['Ida Wik'], ['Carita Lind', 'Dan Sjöberg']]);
  });

  it('the names past the last label, the adjusters\', are its', () => {
    const s = minutes('Underskrifter Sekreterare Ordförande Justerande Ida Wik Anna Holm Carita Lind Dan Sjöberg').signatures;
    expect([s?.chair, s?.secretary, s?.adjusters]).toEqual([['Anna Holm'], ['Ida Wik'], ['Carita Lind', 'Dan Sjöberg']]);
  });
});
