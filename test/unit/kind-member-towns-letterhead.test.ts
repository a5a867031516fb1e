// A joint body's letterhead lists its member towns before the kind's word (`Ekby Norrby Västby Östby
// MINNESANTECKNINGAR 1(4)`), and a web transcript opens each page with its number (`1 Ekby Norrby …`):
// the kind's word is the title, with or without the page's number before the towns. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const notes = (first: string): string =>
  text(
    first,
    'Chefsgruppen',
    'Dag 2015-01-23',
    'Tid 08.30-12.15',
    'Plats Kommunhuset, Ekby',
    'Beslutande Anna Berg, Ekby kommun',
    '',
    '1. Mötets öppnande',
    'Ordföranden förklarar mötet öppnat.',
    '2. Ekonomisk uppföljning',
    'Chefsgruppen godkänner uppföljningen.',
    '3. Mötets avslutande',
    'Ordföranden avslutar mötet.',
  );

describe('the kind after the member towns of a letterhead', () => {
  it.each([['Ekby Norrby Västby Östby MINNESANTECKNINGAR 1(4)'], ['1 Ekby Norrby Västby Östby MINNESANTECKNINGAR 1(4)'], ['Ekby Norrby Västby Östby Minnesanteckningar']])('%s', (first) => {
    const docs = parseText(notes(first)).documents;
    expect(docs.map((d) => [d.kind, d.title])).toEqual([['notes', first.includes('MINNES') ? 'MINNESANTECKNINGAR' : 'Minnesanteckningar']]);
  });

  it('four words before the kind\'s word in a sentence are no letterhead', () => {
    const docs = parseText(notes('Här finns alla våra protokoll')).documents;
    expect(docs[0]!.title).not.toBe('protokoll');
  });
});
