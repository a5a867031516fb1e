// A flattened Finland-Swedish agenda whose rows lost their numbers where a year range stood before them (`… ekonomiplan
// för åren [2031-2033] Avgifter [14] Anhållan om …`): the rows that ran on over the numbers lost are one-word titles as
// often as not (`Avgifter`, `Budgetuppföljning`). A long capitalised word after the title's small words opens a row, and
// the capital right after such a one-word row opens the next; read only where the rows count up to the numbers lost.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const titles = (text: string): [number | null, string][] =>
  parseText(text).documents.filter((d) => d.kind !== 'other').flatMap((d) => d.items.map((it): [number | null, string] => [it.number, it.title]));

const notice = (list: string): string => `Kommunstyrelsen Norrvik kommun\n\nKallelse till sammanträde 2031-11-04 kl 18.00 i kommunkansliet Ärenden: ${list}\n`;

describe('rows of one word that lost their numbers', () => {
  it('are the two points a gap of two numbers lost', () => {
    const got = titles(notice('11 Laglighet och beslutförhet 12 Protokolljusterare 13 Budget 2032 samt ekonomiplan för åren Avgifter Anhållan om omfördelning av anslag 16 Delgivning 17 Övriga ärenden'));
    expect(got).toContainEqual([13, 'Budget 2032 samt ekonomiplan för åren']);
    expect(got).toContainEqual([14, 'Avgifter']);
    expect(got).toContainEqual([15, 'Anhållan om omfördelning av anslag']);
    expect(got).toContainEqual([16, 'Delgivning']);
  });

  it('is the one point a gap of one number lost, as the last row before it', () => {
    const got = titles(notice('21 Laglighet och beslutförhet 22 Föredragningslistan 23 Verksamhetsplan samt budget för perioden Budgetuppföljning 25 Personval till skolnämnden 26 Övriga ärenden'));
    expect(got).toContainEqual([23, 'Verksamhetsplan samt budget för perioden']);
    expect(got).toContainEqual([24, 'Budgetuppföljning']);
  });

  it('are not read where the rows do not count up to the numbers lost', () => {
    const got = titles(notice('21 Laglighet och beslutförhet 22 Föredragningslistan 23 Verksamhetsplan samt budget för perioden Budgetuppföljning Lokalfrågor Skolskjutsar 25 Personval 26 Övriga ärenden'));
    expect(got.map(([n]) => n)).not.toContain(24);
  });
});
