// A flattened list whose rows between two numbers lost theirs (`73. FLYKTINGMOTTAGANDE Mottagande av kvotflyktingar
// UNDERSTÖD Fördelning av understöd KOMMITTÉER Arbetsgrupp för ekonomin 76. …`): where each lost row opens as surely as
// a number would (a heading in capitals in a Finland-Swedish list, or the first row's own first word again) and they
// are as many as the numbers missing, they are the points those numbers name, not only the end of the row before.
// Where they are more or fewer, the row before is only cut (list-rows-lost-numbers.test.ts). Seen at a Finland-Swedish
// municipal board's and a culture board's notice pages. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const rows = (text: string): [number | null, string][] =>
  parseText(text).documents.filter((d) => d.kind !== 'other').flatMap((d) => d.items.map((it): [number | null, string] => [it.number, it.title]));

const noticePage = (list: string): string => `KALLELSESIDA Utfärdat 2.3.2026 Sammanträdestid Måndagen den 9 mars 2026, kl. 18:00 Sammanträdesplats Kommungården Ärendets nummer Ärende ${list}`;

describe('rows that lost their numbers, as many as the numbers missing', () => {
  it('are the points of those numbers in a list of capitals headings', () => {
    const got = rows(noticePage('41. LAGLIGHET OCH BESLUTFÖRHET 42. VAL AV PROTOKOLLJUSTERARE 43. BIDRAG Fördelning av bidrag till byaföreningarna HAMNAR Avgifter för gästhamnen i Storby KULTUR Kulturpris för år 2026 46. VÄGAR Vinterunderhåll av enskilda vägar 47. ÖVRIGA ÄRENDEN'));
    expect(got).toEqual([
      [41, 'LAGLIGHET OCH BESLUTFÖRHET'],
      [42, 'VAL AV PROTOKOLLJUSTERARE'],
      [43, 'BIDRAG Fördelning av bidrag till byaföreningarna'],
      [44, 'HAMNAR Avgifter för gästhamnen i Storby'],
      [45, 'KULTUR Kulturpris för år 2026'],
      [46, 'VÄGAR Vinterunderhåll av enskilda vägar'],
      [47, 'ÖVRIGA ÄRENDEN'],
    ]);
  });

  it('are the points where each opens with the first row’s own first word', () => {
    const text = 'Kommunstyrelsen Ekby kommun\n\nKallelse till sammanträde 2026-05-06 kl 13.00 i Rådhuset Ärendelista 1. Upprop och val av justerare 2. Anmälan av delegationsbeslut 3. Bidrag till projekt Sjöhaga Ungdomsråd Bidrag till projekt Hamnfesten i Ekby 5. Rapporter 6. Övriga frågor\n';
    expect(rows(text)).toContainEqual([4, 'Bidrag till projekt Hamnfesten i Ekby']);
  });

  it('are no points where they are more than the numbers missing', () => {
    const got = rows(noticePage('41. LAGLIGHET OCH BESLUTFÖRHET 42. VAL AV PROTOKOLLJUSTERARE 43. BIDRAG Fördelning av bidrag till byaföreningarna HAMNAR Avgifter för gästhamnen i Storby KULTUR Kulturpris för år 2026 45. VÄGAR Vinterunderhåll av enskilda vägar 46. ÖVRIGA ÄRENDEN'));
    expect(got.map(([n]) => n)).toEqual([41, 42, 43, 45, 46]);
    expect(got[2]).toEqual([43, 'BIDRAG Fördelning av bidrag till byaföreningarna']);
  });
});
