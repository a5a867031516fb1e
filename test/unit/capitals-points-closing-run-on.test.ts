// An Åland notice page that a transcript ran onto one line: the points numbered as the §§ they will be, their titles in
// capitals (`Ärenden: 51 SAMMANTRÄDETS LAGLIGHET 52 PROTOKOLLJUSTERARE …`), and the notice's closing run on after the last
// title (`… 55 ÄRENDEN TILL KÄNNEDOM Lisa Holm, ordförande Denna kallelse har anslagits …`). The last point is a point
// of its own, its title the capitals; the closing is no part of it, nor of the point before. A title that reads as a
// front page's label (`PROTOKOLLETS JUSTERING`) is a title all the same.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const text =
  'Storlek: px\n\nTranskript\n\n' +
  '1 FÖRBUNDSSTYRELSEN KALLELSE Nr 4 Tid Torsdagen den kl Plats Förbundskansliet Ärenden: 51 SAMMANTRÄDETS LAGLIGHET OCH ' +
  'BESLUTFÖRHET 52 PROTOKOLLJUSTERARE 53 GODKÄNNANDE AV FÖREDRAGNINGSLISTAN 54 BUDGET 2026 OCH EKONOMIPLAN ' +
  '55 ÄRENDEN TILL KÄNNEDOM Lisa Holm, förbundsstyrelsens ordförande Denna möteskallelse har anslagits på förbundets ' +
  'anslagstavla Intygar Per Dahl, förbundsdirektör\n';

describe('the last point in capitals of a notice run on with its closing', () => {
  it('is a point of its own, the closing no part of its title', () => {
    const doc = parseText(text).documents.find((d) => d.kind === 'notice')!;
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [51, 'SAMMANTRÄDETS LAGLIGHET OCH BESLUTFÖRHET'],
      [52, 'PROTOKOLLJUSTERARE'],
      [53, 'GODKÄNNANDE AV FÖREDRAGNINGSLISTAN'],
      [54, 'BUDGET 2026 OCH EKONOMIPLAN'],
      [55, 'ÄRENDEN TILL KÄNNEDOM'],
    ]);
  });

  it('keeps a title that reads as a front page label with its number', () => {
    const list =
      'Storlek: px\n\nTranskript\n\n' +
      '1 NORRBY KOMMUN KOMMUNSTYRELSEN FÖREDRAGNINGSLISTA Nr 9/25 Tid onsdag den 8 oktober 2025 kl 16:00 Plats Kommunkansliet ' +
      'Ärenden: 121 SAMMANTRÄDETS LAGLIGHET OCH BESLUTFÖRHET 122 PROTOKOLLETS JUSTERING 123 FÖREDRAGNINGSLISTAN ' +
      '124 BUDGETUPPFÖLJNING JAN-AUG 125 ÄRENDEN TILL KÄNNEDOM\n';
    const doc = parseText(list).documents.find((d) => d.items.length > 0)!;
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [121, 'SAMMANTRÄDETS LAGLIGHET OCH BESLUTFÖRHET'],
      [122, 'PROTOKOLLETS JUSTERING'],
      [123, 'FÖREDRAGNINGSLISTAN'],
      [124, 'BUDGETUPPFÖLJNING JAN-AUG'],
      [125, 'ÄRENDEN TILL KÄNNEDOM'],
    ]);
  });
});
