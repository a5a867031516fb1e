// Swedish-language Finnish minutes print the city, the kind and the organ with the date and page at the top
// of every page, each § heading written `KST 24 §` (the organ's letters, the number, then the sign) right
// under it. The heading that differs from page to page is the page's §, not page furniture; the header
// that repeats is furniture, with or without form feeds. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const page = (n: number, item: number, title: string, body: string): string =>
  text('STRANDBY STAD', 'Protokoll', `Stadsstyrelsen\t\t12.3.2024\t\tSida ${n}`, '', `KST ${item} §`, title, '', body, '');

describe('`KST 24 §` under a running header on every page', () => {
  it.each([
    ['with form feeds', '\f'],
    ['without form feeds', ''],
  ])('reads each page\'s § as an item (%s)', (_, feed) => {
    const result = parseText(
      [
        page(4, 24, 'Budgetuppföljning', 'Stadsstyrelsen beslutar att godkänna uppföljningen.'),
        page(5, 25, 'Revisionsberättelse', 'Stadsstyrelsen antecknar berättelsen.'),
        page(6, 26, 'Delegeringsbeslut', 'Stadsstyrelsen antecknar besluten.'),
      ].join(feed),
    );
    expect(result.documents.map((d) => d.kind)).toEqual(['minutes']);
    expect(result.documents[0]!.items.map((i) => [i.number, i.title])).toEqual([
      [24, 'Budgetuppföljning'],
      [25, 'Revisionsberättelse'],
      [26, 'Delegeringsbeslut'],
    ]);
  });
});
