// Åland minutes print the adjusting's place with the day left blank for the pen
// (`Protokolljustering  Ort och tid  Viksund den ____`) and the adjusters sign under it; an
// archive that flattens the page runs their names on after the place, with no date to end it
// (`Protokolljustering Viksund den på kommungården Carita Lind Dan Sjöberg`). The names are
// the adjusters', the words before them the place. Every name and place is invented.
import { describe, expect, it } from 'vitest';
import { viksundAdjusting } from './helpers.js';

const minutes = viksundAdjusting;

describe('adjusters run on after the adjusting\'s place, its day left blank', () => {
  it('names after a place alone adjust', () => {
    const doc = minutes('Protokolljustering Viksund Carita Lind Dan Sjöberg');
    expect(doc.signatures?.adjusters).toEqual(['Carita Lind', 'Dan Sjöberg']);
    expect(doc.signatures?.adjustedOn).toBeNull();
    expect(doc.signatures?.chair).toEqual(['Anna Holm']);
  });

  it('names after the place and its blank day and hour adjust, a hyphenated given name too', () => {
    const doc = minutes('Protokolljustering Ort och tid Viksund tisdagen den , kl Lars-Erik Öberg Dan Sjöberg.');
    expect(doc.signatures?.adjusters).toEqual(['Lars-Erik Öberg', 'Dan Sjöberg']);
  });

  it('names after `den på kommungården` adjust', () => {
    const doc = minutes('Protokolljustering Viksund den på kommungården Carita Lind Dan Sjöberg');
    expect(doc.signatures?.adjusters).toEqual(['Carita Lind', 'Dan Sjöberg']);
  });

  it('names after the day and its hour, each closed by a full stop, adjust, and the day stays the adjusting\'s', () => {
    const doc = minutes('Protokolljustering Ort och tid Viksund onsdagen den 15.3.2023, kl. 12.00. Carita Lind Dan Sjöberg.');
    expect(doc.signatures?.adjusters).toEqual(['Carita Lind', 'Dan Sjöberg']);
    expect(doc.signatures?.adjustedOn).toBe('2023-03-15');
  });

  it('a place of two capitalised words and no name after it gives no adjuster', () => {
    const doc = minutes('Protokolljustering Viksund Kommungården');
    expect(doc.signatures?.adjusters).toEqual([]);
  });
});
