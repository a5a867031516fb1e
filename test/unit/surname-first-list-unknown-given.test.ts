// A roll written surname, comma, given name, one person after another (`Holm, Inger Sandvik, Tor …`), flattened onto one
// line, with a given name or two the lexicon does not know (`Lempi`, `Pia-Lotta`): the line opens with a surname and its
// comma, and most given names are known, so every pair is one person; no `Holm Inger Sandvik` / `Tor Granlund`. Every
// text is invented.
import { describe, expect, it } from 'vitest';
import { surnameFirstList } from '../../src/parse/participants/surname-first-list.js';

describe('a surname-first list with a given name the lexicon lacks', () => {
  it('reads each pair as one person', () => {
    expect(surnameFirstList('Holm, Inger Sandvik, Tor Granlund, Lempi Ahlvik, Siv Backlund, Pia-Lotta Mård, Ebba')).toEqual([
      'Holm, Inger',
      'Sandvik, Tor',
      'Granlund, Lempi',
      'Ahlvik, Siv',
      'Backlund, Pia-Lotta',
      'Mård, Ebba',
    ]);
    // (a double given name whose parts are known is known)
    expect(surnameFirstList('Holm, Inger Sandvik, Ulla-Britt')).toEqual(['Holm, Inger', 'Sandvik, Ulla-Britt']);
  });

  it('leaves a line whose words after the commas are mostly no given names', () => {
    expect(surnameFirstList('Holm, Lempi Sandvik, Norrby Granlund, Ekby')).toBeNull();
    expect(surnameFirstList('Östby, Lempi Norrby, Tor')).toBeNull();
  });
});
