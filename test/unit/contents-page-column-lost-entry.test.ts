// A contents list flattened onto a transcript's page line (`3 3 Innehållsförteckning: Sid. 65 …`) whose second entry
// lost its number and page: the page column's head and the first number are no page counter though the next number
// is two on, and the pages that end every title but the last (the page cut off in it) are no part of the titles.
// A municipal board's contents list; the lost number is the family of rows run on into the entry before, and its entry
// one of its own, its title opening with the capital after the one before (contents-lost-entries-r51.test.ts). Every
// text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const titles = (text: string): [number | null, string][] =>
  parseText(text).documents.filter((d) => d.kind !== 'other').flatMap((d) => d.items.map((it): [number | null, string] => [it.number, it.title]));

const page = (list: string): string =>
  `Sammanträdesprotokoll 1 (12) Plats och tid Kommunhuset, kl 18:00-20:00 Beslutande Eva Holm (S), ordförande\n\n${list}\n`;

describe('a contents list on a transcript page line, an entry lost', () => {
  it('reads the lost entry and those around it, their pages cut off', () => {
    expect(titles(page('3 3 Innehållsförteckning: Sid. 41 Budget för nästa år Översyn av hamntaxorna 6 43 Rapport från arbetsgruppen 9 44 Motionssvar om gatubelysningen Motionssvar om lekplatsen vid skolan Motionssvar om fler bänkar i parken vid ån ka'))).toEqual([
      [41, 'Budget för nästa år'],
      [42, 'Översyn av hamntaxorna'],
      [43, 'Rapport från arbetsgruppen'],
      [44, 'Motionssvar om gatubelysningen'],
    ]);
  });

  it('reads a list whose numbers all stand, the last title without its page', () => {
    expect(titles(page('2 2 Innehållsförteckning: Sid. 12 Val av justerare 3 13 Taxor för hamnen 5 14 Avgifter för torghandel'))).toEqual([
      [12, 'Val av justerare'],
      [13, 'Taxor för hamnen'],
      [14, 'Avgifter för torghandel'],
    ]);
  });
});
