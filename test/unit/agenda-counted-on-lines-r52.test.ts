// A web agenda whose list opens on a point after its first (`2 Sammanträdets öppnande` / `3 Upprop` / …), a number and
// a capitalised title a line: the next numbers on the very next lines make it a list of points, where one number alone
// would be a page's. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const numbersOf = (t: string): (number | null)[] => parseText(t).documents.flatMap((d) => d.items.map((i) => i.number));

describe('a list of points counted on from one the page does not show', () => {
  it('reads a regional assembly’s points from 2', () => {
    const t = text('Regionfullmäktige 2024-10-15', '', '2 Sammanträdets öppnande', '3 Upprop', '4 Val av protokolljusterare', '5 Fastställande av föredragningslista', '6 Anmälan av motioner');
    expect(numbersOf(t)).toEqual([2, 3, 4, 5, 6]);
  });

  it('reads a board’s points counted on from the year’s count', () => {
    const t = text('Kallelse', '', 'Kulturnämnden 2025-02-04', '', '14 Val av justerare', '15 Bidrag till föreningar', '16 Biblioteksplan 2025', '17 Delegationsbeslut', '18 Meddelanden');
    expect(numbersOf(t)).toEqual([14, 15, 16, 17, 18]);
  });

  it('leaves numbers whose titles end in their pages (a contents list), and too short a list', () => {
    const paged = text('Innehåll', '', '14 Val av justerare 3', '15 Bidrag till föreningar 4', '16 Biblioteksplan 2025 6', '17 Delegationsbeslut 8');
    expect(numbersOf(paged)).not.toEqual([14, 15, 16, 17]);
    const short = text('Kulturnämnden 2025-02-04', '', '14 Val av justerare', '15 Bidrag till föreningar', '', 'Välkomna!');
    expect(numbersOf(short)).toEqual([]);
  });
});
