// A web agenda whose remitted points each close with a sentence citing the sender's case and, on the
// next line, the board's own case line (`Remiss från Kommunstyrelsen, dnr 318-77/2014.` / `Dnr 1.5.1-118-2014`),
// a blank line before the next point: that case line is the point's own, not the next point's. The case
// line that stands apart, a blank line above and below, over a § whose neighbour holds one sentence stays
// the next §'s (case-line-page-top.test.ts). Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const AGENDA = text(
  'Sammanträde 2014-05-13',
  '',
  'Datum',
  'Klockan',
  '19:00',
  'Plats',
  'Kulturhuset Lyktan, Lindvägen 4, Norrvik',
  '',
  '1 Öppnande av sammanträdet',
  '',
  '3 Utseende av protokolljusterare och tid för justering',
  '',
  'Remisser',
  '',
  '8 Program för lekplatser i Stockholms stad.',
  '',
  'Remiss från Kommunstyrelsen, dnr 210-331/2014.',
  'Dnr 1.5.1-101-2014',
  '',
  '9 Motion (2014:3) om fler parkbänkar i ytterstaden.',
  '',
  'Remiss från Kommunstyrelsen, dnr 318-77/2014.',
  'Dnr 1.5.1-118-2014',
  '',
  '10 Riktlinjer för föreningsbidrag.',
  '',
  'Remiss från Kulturnämnden, dnr 4.1-220/2014.',
  'Dnr 1.5.3-130-2014',
);

describe('a case line right under the sentence that closes a point', () => {
  it("is that point's case number, not the next point's", () => {
    const items = parseText(AGENDA).documents[0]!.items;
    const byNumber = new Map(items.map((it) => [it.number, it.caseNumber]));
    expect(byNumber.get(8)).toBe('1.5.1-101-2014');
    expect(byNumber.get(9)).toBe('1.5.1-118-2014');
    expect(byNumber.get(10)).toBe('1.5.3-130-2014');
  });
});
