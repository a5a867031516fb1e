// A front page flattened onto one line whose row of labels (`Sammanträdestid: Sammanträdesplats: Beslutande`) is followed by
// the time's value with the place after its hours (`Tisdagen den 14 mars 2017, kl Kommungården, Ekvik`), the place label
// left empty: the place is the one after the hours, not the posting sentence's tail (`Protokollet har varit framlagt` ·
// `till påseende i kommungården i Ekvik, intygar …`) nor the next page's running head. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const front = (when: string): string =>
  text(
    'Transkript',
    '',
    `1 EKVIKS KOMMUN Kommunstyrelsen PROTOKOLL Sammanträdestid: Sammanträdesplats: Beslutande ${when} Ersättare Berg, Anna Lund, Olle Övriga närvarande Strand, Eva kanslichef Paragrafer 1-12 Underskrifter Anna Berg ordförande Eva Strand sekreterare Protokollsjustering Ekvik Olle Lund Per Ås Protokollet framlagt Protokollet har varit framlagt till påseende i kommungården i Ekvik , intygar Eva Strand, kanslichef`,
    '',
    '2 EKVIKS KOMMUN Kommunstyrelsen PROTOKOLL Sammanträdets öppnande Ordföranden öppnade sammanträdet.',
  );
const locationOf = (t: string): string | null => parseText(t).documents[0]!.meeting!.location;

describe('the place of a row of labels whose place label was left empty', () => {
  it('is the place after the hours in the time value', () => {
    expect(locationOf(front('Tisdagen den 14 mars 2017, kl Kommungården, Ekvik'))).toBe('Kommungården, Ekvik');
  });
  it('is the place after hours written out', () => {
    expect(locationOf(front('Onsdagen den 3 maj 2017, kl. 18.00-20.30 Sockenstugan, Västby'))).toBe('Sockenstugan, Västby');
  });
  it('is never the posting sentence nor the next page when no place is given', () => {
    const place = locationOf(front('Tisdagen den 14 mars 2017, kl 18.00'));
    expect(place ?? '').not.toMatch(/påseende|EKVIKS/u);
  });
});
