// The adjusting's place written with its preposition and no day (`Elektroniskt i Alva`, `Protokolljustering
// på kommungården i Dalby`), the adjusters' names run on after it on a flattened page: the word after `i`
// or `på` is the place's, though it is a given name too (a town named as a woman is), and the adjusters'
// names are the words after it. Every name and place is invented.
import { describe, expect, it } from 'vitest';
import { viksundAdjusting } from './helpers.js';

const minutes = viksundAdjusting;

describe('adjusters after a place its preposition opens', () => {
  it('keeps a town that is also a given name with its preposition', () => {
    const doc = minutes('Protokolljustering Elektroniskt i Alva Tom Holm Saara Ek');
    expect(doc.signatures?.adjusters).toEqual(['Tom Holm', 'Saara Ek']);
  });

  it('reads the names after a town that is no given name as before', () => {
    const doc = minutes('Protokolljustering Elektroniskt i Ingeby Tom Holm Saara Ek');
    expect(doc.signatures?.adjusters).toEqual(['Tom Holm', 'Saara Ek']);
  });

  it('keeps an adjuster of three names where no preposition ends the place', () => {
    const doc = minutes('Protokolljustering Viksund Eva Maria Lund Dan Sjöberg');
    expect(doc.signatures?.adjusters).toEqual(['Eva Maria Lund', 'Dan Sjöberg']);
  });
});
