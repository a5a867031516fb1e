// Åland notices and minutes print the list of matters in the column beside the meeting's place
// (`Sammanträdesplats  Kommungården, salen` / `12 Mötets laglighet` / `13 Protokolljusterare`). A web
// archive that flattens the page to one line runs the numbered list on after the place. The list is
// no part of the place: it begins at a number followed by the number after it.
// Every name and place is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const page = (placeLine: string) =>
  meetingDoc(
    text(
      `1 VIKSUNDS KOMMUN PROTOKOLL Nr KOMMUNSTYRELSEN 4/23 Sammanträdestid Tisdag kl 18.00 Sammanträdesplats ${placeLine}`,
      '',
      '2 MÖTETS LAGLIGHET Kst 12 Mötet konstaterades lagligen sammankallat och beslutfört.',
    ),
  );

describe('a place run on into the numbered list of matters beside it', () => {
  it('ends before the first number', () => {
    expect(page('Kommungården, salen 12 Mötets laglighet och beslutförhet 13 Val av två justerare').meeting?.location).toBe('Kommungården, salen');
  });
  it('ends before numbers with points', () => {
    expect(page('Kommungården i Norrvik 1. MÖTETS LAGLIGHET 2. VAL AV JUSTERARE').meeting?.location).toBe('Kommungården i Norrvik');
  });
  it('keeps a street number', () => {
    expect(page('Storgatan 12, Norrvik').meeting?.location).toBe('Storgatan 12, Norrvik');
  });
});
