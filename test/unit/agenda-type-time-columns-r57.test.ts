// An agenda table with a type column (`Beslut`/`Information`/`Diskussion`), an attachments column and a time column,
// flattened so that the row's cells run on after the title: the time is no part of the title and does not hide the
// type or the attachments before it (or after it), and a standing point's type is no text. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';
import { readTitle } from '../../src/parse/items/title.js';

const rows = (text: string) =>
  parseText(text)
    .documents.flatMap((d) => d.items)
    .map((i) => ({ n: i.number, title: i.title, type: i.type, attachments: i.attachments, text: i.text }));

describe('a type column before the time column', () => {
  it('reads the type and the attachments of rows that end on a time, one a line', () => {
    const text = [
      'KALLELSE',
      'Styrelsen för Lindviks gymnasieförbund',
      'Tid: 2020-05-04 kl. 13.00',
      '',
      'Ärende Anmärkning Tid',
      '1 Mötets öppnande Beslut 13.00',
      '2 Rapport från rektor Information Bilaga 1 13.10',
      '3 Lokalfrågan Diskussion 14.00',
      '4 Mötets avslutande',
    ].join('\n');
    expect(rows(text)).toEqual([
      { n: 1, title: 'Mötets öppnande', type: 'decision', attachments: [], text: '' },
      { n: 2, title: 'Rapport från rektor', type: 'information', attachments: ['1'], text: '' },
      { n: 3, title: 'Lokalfrågan', type: 'discussion', attachments: [], text: '' },
      { n: 4, title: 'Mötets avslutande', type: null, attachments: [], text: '' },
    ]);
  });

  it('reads them where the whole table runs on one line', () => {
    const text =
      'KALLELSE Styrelsen för Lindviks gymnasieförbund Tid: 2020-05-04 kl. 13.00 Plats: Aulan Ärende Anmärkning Tid 1 Mötets öppnande Beslut 13.00 2 Rapport från rektor Information Bilaga 1 13.10 3 Lokalfrågan Diskussion 14.00 4 Mötets avslutande 14.30';
    expect(rows(text).map((r) => [r.n, r.title, r.type, r.attachments])).toEqual([
      [1, 'Mötets öppnande', 'decision', []],
      [2, 'Rapport från rektor', 'information', ['1']],
      [3, 'Lokalfrågan', 'discussion', []],
      [4, 'Mötets avslutande', null, []],
    ]);
  });
});

describe("a row's columns in another order", () => {
  it('reads the time before the type and the attachments', () => {
    expect(readTitle('Rapport från rektor 13.10 Information Bilaga 1')).toMatchObject({ title: 'Rapport från rektor', type: 'information', attachments: ['1'] });
  });

  it('reads the attachments and the time without a type', () => {
    expect(readTitle('Budget 2021 Bilaga 2 13.30')).toMatchObject({ title: 'Budget 2021', type: null, attachments: ['2'] });
  });

  it('leaves a time that ends a title with no column before it (`Resa till Oslo 13.00`)', () => {
    expect(readTitle('Resa till Oslo 13.00').title).toBe('Resa till Oslo 13.00');
  });

  it('still reads a standing point with its text run on', () => {
    const text = ['PROTOKOLL', 'Styrelsen för Lindviks gymnasieförbund', 'Datum: 2020-05-04', '', '1. Mötets öppnande Ordföranden öppnade mötet.', '2. Val av justerare Till justerare valdes Kim Lund.'].join('\n');
    expect(rows(text).map((r) => [r.n, r.title])).toEqual([
      [1, 'Mötets öppnande'],
      [2, 'Val av justerare'],
    ]);
  });
});
