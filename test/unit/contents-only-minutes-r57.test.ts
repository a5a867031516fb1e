// Minutes of which only the contents list is given (a transcript's first pages): the §§ listed with the page each starts
// on, read as the items. The page is no part of a title, also where the pages count up by one, and a number the
// transcript lost from a flattened list does not stop the run. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const titles = (text: string) => meetingDoc(text).items.map((i) => [i.number, i.title]);

describe("a contents list's page column", () => {
  it('drops the pages that count up by one from the titles, one entry a line', () => {
    const text = [
      'EKBY STAD PROTOKOLL 3/2012',
      'Stadsstyrelsen',
      'TID kl. 17:30-20:00',
      'PLATS Rådhuset',
      '',
      'FÖRTECKNING ÖVER BEHANDLADE ÄRENDEN Sida',
      '1 Mötets laglighet och beslutförhet 4',
      '2 Protokolljusterare 5',
      '3 Budgetuppföljning 6',
      '4 Markförsäljning i Norrby 7',
    ].join('\n');
    expect(titles(text)).toEqual([
      [1, 'Mötets laglighet och beslutförhet'],
      [2, 'Protokolljusterare'],
      [3, 'Budgetuppföljning'],
      [4, 'Markförsäljning i Norrby'],
    ]);
  });

  it('keeps a count of one thing that ends its titles', () => {
    const text = ['PROTOKOLL 4/2019', 'Socialnämndens individutskott', 'Datum 2019-04-02', '', '§ 1 Personärende 1', '', '§ 2 Personärende 2', '', '§ 3 Personärende 3'].join('\n');
    expect(titles(text)).toEqual([
      [1, 'Personärende 1'],
      [2, 'Personärende 2'],
      [3, 'Personärende 3'],
    ]);
  });
});

describe('a flattened contents list that lost an entry number', () => {
  it('goes on past the gap right after a page', () => {
    const text =
      'EKBY STAD PROTOKOLL 3/2012 Stadsstyrelsen TID kl. 17:30-20:00 PLATS Rådhuset FÖRTECKNING ÖVER BEHANDLADE ÄRENDEN Sida 1 Mötets laglighet och beslutförhet 4 2 Protokolljusterare 5 3 Budgetuppföljning för perioden 6 Markförsäljning i Norrby 8 5 Val av ombud 9 6 Övriga ärenden 11';
    const got = titles(text);
    expect(got.map(([n]) => n)).toEqual([1, 2, 3, 5, 6]);
    expect(got.slice(3)).toEqual([
      [5, 'Val av ombud'],
      [6, 'Övriga ärenden'],
    ]);
  });

  it('does not go on past a gap where no next entry follows to confirm it', () => {
    const text =
      'EKBY STAD PROTOKOLL 3/2012 Stadsstyrelsen TID kl. 17:30-20:00 PLATS Rådhuset FÖRTECKNING ÖVER BEHANDLADE ÄRENDEN Sida 1 Mötets laglighet och beslutförhet 4 2 Protokolljusterare 5 3 Budgetuppföljning för perioden 6 Markförsäljning i Norrby 8 5 Val av ombud 9';
    expect(titles(text).map(([n]) => n)).toEqual([1, 2, 3]);
  });
});
