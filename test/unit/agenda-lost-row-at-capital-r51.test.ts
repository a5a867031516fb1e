// A flattened agenda whose transcript lost a point's number: the lost point's title runs on after the one before
// (`11. Val av ledamöter … för mandatperioden Motion om konstnärlig utsmyckning yttrande 13. …`). Where the
// title holds as many places where a row opens (a capital after a word in small letters that is no preposition)
// as numbers were lost, each lost number is a point with its title; where rows that open surely (their first word
// again, headings in capitals) are found but do not count up, or the capitals do not, none is named. Seen at a
// municipal board's ärendelista (run on by a transcript) and, for contents lists, at a municipal board's minutes
// (contents-lost-entries-r51.test.ts). Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const titles = (text: string): [number | null, string][] =>
  parseText(text).documents.filter((d) => d.kind !== 'other').flatMap((d) => d.items.map((it): [number | null, string] => [it.number, it.title]));

const notice = (list: string): string => `Kulturnämnden Norrby kommun\n\nKallelse till sammanträde 2026-03-09 kl 18.00 i Kommunhuset ${list}\n`;

describe('an agenda point whose number a transcript lost', () => {
  it('is named where one capital opens it in the title before', () => {
    const got = titles(notice('Ärendelista 1. Upprop och val av justerare 2. Anmälan av delegationsbeslut 3. Val av ersättare i styrelsen för mandatperioden Motion om belysning vid skolan yttrande 5. Rapporter 6. Övriga frågor'));
    expect(got).toEqual([
      [1, 'Upprop och val av justerare'],
      [2, 'Anmälan av delegationsbeslut'],
      [3, 'Val av ersättare i styrelsen för mandatperioden'],
      [4, 'Motion om belysning vid skolan yttrande'],
      [5, 'Rapporter'],
      [6, 'Övriga frågor'],
    ]);
  });

  // (two numbers lost, one capital: a long capitalised word at the title's end would be a row of its own, as
  // list-rows-one-word-titles.test.ts reads Finland-Swedish lists)
  it('is not named where the capitals do not count up to the numbers lost', () => {
    const got = titles(notice('Ärendelista 1. Upprop och val av justerare 2. Ansökan om bidrag till idrottsklubben Motion om lekplats yttrande 5. Rapporter 6. Övriga frågor'));
    expect(got.map(([n]) => n)).toEqual([1, 2, 5, 6]);
  });

  it('is not named by capitals where headings in capitals name other rows', () => {
    const got = titles('KALLELSESIDA Utfärdat 2.3.2026 Ärendets nummer Ärende 41. LAGLIGHET OCH BESLUTFÖRHET 42. VAL AV PROTOKOLLJUSTERARE 43. BIDRAG Fördelning av bidrag till föreningarna HAMNAR Avgifter för gästhamnen KULTUR Kulturpris för året 45. VÄGAR Vinterunderhåll av vägar 46. ÖVRIGA ÄRENDEN\n');
    expect(got.map(([n]) => n)).toEqual([41, 42, 43, 45, 46]);
  });
});
