// Web transcriptions of a board's minutes that put each heading first and the body under the bare
// number: `Budgetuppföljning` / `§ 61` / body, a blank line between any two (a web page's paragraphs) or
// none. Before, each § took its body's first sentence for its title and the heading ran on as the last
// line of the § before. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const points: [string, number, string[]][] = [
  ['Mötets öppnande', 14, ['Ordföranden hälsade alla välkomna.']],
  ['Ekonomisk uppföljning', 15, ['Förbundets ekonom redogjorde för utfallet till och med mars månad.', 'Styrelsen beslutade att lägga rapporten till handlingarna.']],
  ['Val av ny revisor', 16, ['Styrelsen beslutade att välja Sara Nyqvist till revisor för resten av året.']],
];

const minutes = (gap: string[]): string =>
  [
    'Protokoll från styrelsens sammanträde 2031-04-08',
    '',
    'Närvarande: Ebba Lind, ordförande, Olle Sand, Maja Ruth',
    ...(gap.length > 0 ? gap : []),
    ...points.flatMap(([title, n, body]) => [title, ...gap, `§ ${n}`, ...gap, ...body.flatMap((b) => [b, ...gap])]),
    'Vid protokollet',
    'Maja Ruth',
  ].join('\n');

describe('titles printed over their bare § and its body', () => {
  it.each([
    ['a blank line between heading, number and body', ['']],
    ['no blank line at all', []],
  ])('are the titles with %s', (_, gap) => {
    const items = meetingDoc(minutes(gap)).items;
    expect(items.map((i) => [i.number, i.title])).toEqual(points.map(([title, n]) => [n, title]));
    expect(items[1]!.decisions).toHaveLength(1);
    expect(items[2]!.decisions).toHaveLength(1);
  });

  it('are no titles where a page head stands over every § (the same words, its page number aside)', () => {
    const text = [
      'Protokoll från nämndens sammanträde 2031-04-08',
      '',
      ...[21, 22, 23].flatMap((n) => [`Nämnden Protokoll 3/2031 Sida ${n - 19}`, '', `§ ${n}`, '', 'Nämnden beslutade att godkänna redovisningen som den lagts fram.', '']),
    ].join('\n');
    const items = meetingDoc(text).items;
    expect(items.map((i) => i.number)).toEqual([21, 22, 23]);
    for (const item of items) expect(item.title).not.toMatch(/Protokoll 3\/2031/u);
  });
});
