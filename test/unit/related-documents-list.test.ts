// A sharing site's page of one document lists other documents under `Relevanta dokument`, one
// title or opening line a paragraph (a blank line between them), to the page's end. Those are
// other meetings' lines: their dates, places and names are none of this document's, and their
// titles open no documents. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const text = (...lines: string[]): string => lines.join('\n') + '\n';
const LIST = [
  'Relevanta dokument',
  'KALLELSE',
  '',
  'Plats och tid Folkets hus, Norrby, onsdagen den 11 juni 2008 kl 13.00',
  '',
  'Protokoll',
  '',
  'SAMMANTRÄDESPROTOKOLL. Samordningsförbundet Västerdal',
  '',
  'Årsredovisning 2011 för Samordningsförbundet Österby',
  '',
  'PROTOKOLL Styrelsen Dnr 2012/01 1(9) Sammanträde',
  '',
  'Lena Sund, förbundschef. Per Holm, Norrby kommun',
];

describe('a `Relevanta dokument` list, one entry a paragraph', () => {
  it('is no part of the page: one notice, with nothing of the other documents', () => {
    const r = parse(text('KALLELSE', '', ...LIST));
    expect(r.documents.map((d) => d.kind)).toEqual(['notice']);
    const doc = r.documents[0]!;
    expect(doc.meeting?.date).toBeNull();
    expect(doc.meeting?.location).toBeNull();
    expect(doc.participants).toEqual([]);
  });

  it('ends at a sharing site\'s transcript: the document under it is read', () => {
    const r = parse(
      text(
        'Protokoll styrelsen',
        '',
        ...LIST,
        '',
        'Transkript',
        '',
        'PROTOKOLL',
        'Styrelsen, Samordningsförbundet Nordmark',
        'Datum: 2023-03-15',
        '',
        '§ 1 Mötets öppnande',
        'Ordföranden öppnar mötet.',
      ),
    );
    const doc = r.documents.find((d) => d.items.length > 0)!;
    expect(doc.meeting?.date).toBe('2023-03-15');
    expect(doc.items.map((i) => i.title)).toEqual(['Mötets öppnande']);
  });

  it('ends at a paragraph of several lines (guard)', () => {
    const r = parse(
      text(
        'PROTOKOLL',
        'Styrelsen, Samordningsförbundet Nordmark',
        '',
        'Relevanta dokument',
        'Kallelse styrelsen 2023-04-12',
        '',
        'Datum: 2023-03-15',
        'Plats: Kansliet, Nordmark',
        '',
        '§ 1 Mötets öppnande',
        'Ordföranden öppnar mötet.',
      ),
    );
    const doc = r.documents[0]!;
    expect(doc.meeting?.date).toBe('2023-03-15');
    expect(doc.items.map((i) => i.number)).toEqual([1]);
  });
});
