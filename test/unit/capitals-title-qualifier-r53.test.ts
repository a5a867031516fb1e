// A Finland-Swedish agenda's point pages, flattened (`2, FGE :00 PROTOKOLLJUSTERARE, val Fullmäktige utser …`): the title in
// capitals ends after the word in small letters that qualifies it, where the text after it opens on its capitalised
// subject too. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

describe('a title in capitals with its qualifier', () => {
  it('ends before the text’s capitalised subject', () => {
    const doc = meetingDoc(
      [
        'Kallelse till Fullmäktiges sammanträde',
        '',
        '1 -1, FGE :00 Tid kl Plats Kommungården Ärende Postningsdag Påseende Protokollet framläggs till påseende på kommunkansliet. Ordförande ASTRID VIK',
        '',
        '2 1, FGE :00 LAGLIGHET OCH BESLUTFÖRHET Namnupprop förrättas och sammanträdets laglighet och beslutförhet konstateras. FGE 1',
        '',
        '3 2, FGE :00 PROTOKOLLJUSTERARE, val Fullmäktige utser två protokolljusterare och bestämmer tidpunkten för justeringen. FGE 2',
        '',
        '4 3, FGE :00 BOKSLUT 2024, godkännande Kommunstyrelsen föreslår att fullmäktige godkänner bokslutet. FGE 3',
      ].join('\n'),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'LAGLIGHET OCH BESLUTFÖRHET'],
      [2, 'PROTOKOLLJUSTERARE, val'],
      [3, 'BOKSLUT 2024, godkännande'],
    ]);
    expect(doc.items[1]!.text).toMatch(/^Fullmäktige utser två protokolljusterare/u);
  });

  it('ends before a text in small letters as before', () => {
    const doc = meetingDoc(
      [
        'PROTOKOLL',
        'Kommunstyrelsen',
        'Sammanträdesdatum 2025-02-03',
        'Paragrafer 14-15',
        '',
        '§ 14 DELGIVNINGAR, kännedom antecknas för kännedom.',
        '',
        '§ 15 FÖREDRAGNINGSLISTAN, godkännande godkänns utan ändringar.',
      ].join('\n'),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [14, 'DELGIVNINGAR, kännedom'],
      [15, 'FÖREDRAGNINGSLISTAN, godkännande'],
    ]);
  });
});
