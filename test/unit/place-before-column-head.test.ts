// Åland minutes print the place in a box whose right-hand column is headed by the attendance
// marks (`Närv.`) or the list of matters (`Ärenden;`), and some print the document's kind in
// spaced capitals beside it (`F Ö R E D R A G N I N G S L I S T A`). A web archive that flattens
// the page to one line runs that head on after the place. The head is no part of the place.
// Every name and place is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const page = (placeLine: string) =>
  meetingDoc(
    text(
      `1 PROTOKOLL Tid och plats Tisdagen den 14 mars 2023 kl. 18:00 ${placeLine} Beslutande Anna Holm, ordförande X Carita Lind X Dan Sjöberg X Paragrafer Underskrifter Anna Holm Ida Wik`,
      '',
      '2 Sid 2/4 Kommunstyrelsen 1 MÖTETS KONSTITUERANDE Mötet konstaterades lagligen sammankallat och beslutfört.',
    ),
  );

describe('a place run on into the head of the column beside it', () => {
  it('ends before the attendance column’s abbreviated head', () => {
    expect(page('Kommungården, Norrvik, Viksund Närv.').meeting?.location).toBe('Kommungården, Norrvik, Viksund');
  });
  it('ends before the head of the list of matters', () => {
    expect(page('Kommunkansliet i Norrvik Ärenden;').meeting?.location).toBe('Kommunkansliet i Norrvik');
  });
  it('ends before a heading in spaced capitals', () => {
    expect(page('Kommunkansliet F Ö R E D R A G N I N G S L I S T A').meeting?.location).toBe('Kommunkansliet');
  });
  it('keeps a place that ends on a room’s letter', () => {
    expect(page('Kommungården, sal B').meeting?.location).toBe('Kommungården, sal B');
  });
});
