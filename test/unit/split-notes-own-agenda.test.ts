// Notes that list their meeting's agenda on a page of its own (`Dagordning` / `1. Mötets öppnande` … ) before
// the points themselves (`1. Mötets öppnande` / its text …), the running head `MINNESANTECKNINGAR` over each
// page: one document, its agenda heading no notice's title. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const head = ['\fREGIONEN', 'Chefsgruppen', 'MINNESANTECKNINGAR', '2015-01-23', ''];
const notes = text(
  'Ekby',
  'Norrby',
  'MINNESANTECKNINGAR',
  '1(3)',
  'Chefsgruppen',
  'Dag',
  '2015-01-23',
  'Tid',
  '08.30-12.15',
  'Plats',
  'Kommunhuset, Ekby',
  'Beslutande',
  'Anna Berg, Ekby kommun',
  'Per Ek, Norrby kommun',
  ...head,
  'Dagordning',
  '1. Mötets öppnande',
  '2. Föregående minnesanteckningar',
  '3. Ekonomisk uppföljning',
  '4. Mötets avslutande',
  ...head,
  '1. Mötets öppnande',
  'Ordföranden förklarar mötet öppnat.',
  '2. Föregående minnesanteckningar',
  'Minnesanteckningarna läggs till handlingarna.',
  '3. Ekonomisk uppföljning',
  'Chefsgruppen godkänner uppföljningen.',
  '4. Mötets avslutande',
  'Ordföranden avslutar mötet.',
);

describe('notes that list their own agenda first', () => {
  it('are one document, its points read once', () => {
    const docs = parseText(notes).documents;
    expect(docs.map((d) => d.kind)).toEqual(['notes']);
    const doc = docs[0]!;
    expect(doc.title).toBe('MINNESANTECKNINGAR');
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Mötets öppnande'],
      [2, 'Föregående minnesanteckningar'],
      [3, 'Ekonomisk uppföljning'],
      [4, 'Mötets avslutande'],
    ]);
    expect(doc.items[2]!.text).toBe('Chefsgruppen godkänner uppföljningen.');
  });

  it('a notice after notes, its points not the notes\' again, stays a document of its own', () => {
    const other = notes.replace('Dagordning\n1. Mötets öppnande\n2. Föregående minnesanteckningar\n3. Ekonomisk uppföljning\n4. Mötets avslutande', 'Dagordning\n1. Val av justerare\n2. Budget 2016\n3. Nästa möte\n4. Avslutning');
    expect(parseText(other).documents.map((d) => d.kind)).toContain('notice');
  });
});
