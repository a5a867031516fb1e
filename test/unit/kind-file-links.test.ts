// A web page of a meeting links its papers by the kind's word (`Protokoll (pdf-fil, 108 kB)`, `Kungörelse(pdf-dokument)`),
// or heads a site's file list with it (`Protokoll` / `Filer tillgängliga för nedladdning` / `… protokoll.pdf Pdf, 754.8 kB.`):
// such a word names a paper to download, not the page it stands in, and opens no minutes. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

describe("a kind's word that links a paper", () => {
  it('with its file note on the line titles no minutes: the page of points is the notice', () => {
    const docs = parseText(
      [
        'Kommunfullmäktige 12 maj 2026',
        '',
        'Protokoll    (pdf-fil, 96 kB)',
        'Kungörelse(pdf-dokument)',
        '',
        'Ärenden',
        '',
        '  1. Öppnande',
        '  2. Upprop',
        '  3. Val av protokolljusterare',
        '  4. Budget för Lövby kommun 2027',
        '',
      ].join('\n'),
    ).documents;
    expect(docs.map((d) => d.kind)).toEqual(['notice']);
    expect(docs[0]!.title).toBeNull();
    expect(docs[0]!.items.map((i) => i.title)).toEqual(['Öppnande', 'Upprop', 'Val av protokolljusterare', 'Budget för Lövby kommun 2027']);
  });

  it('over a file list opens no second document', () => {
    const docs = parseText(
      [
        'Tekniska nämnden, sammanträde',
        '',
        'Nämnden ansvarar för gator, parker och vatten i Lövby kommun.',
        '',
        'Plats: Sammanträdesrum Ekorren, Rådhuset',
        '',
        'Protokoll',
        '',
        'Filer tillgängliga för nedladdning',
        'Tekniska nämnden 2026-04-14 protokoll.pdf Pdf, 512.3 kB. 512.3 kB 2026-04-20 09.12',
        '',
        'Handlingar',
        '',
        'Filer tillgängliga för nedladdning',
        'Tekniska nämnden 2026-04-14 handlingar.pdf Pdf, 3.1 MB. 3.1 MB 2026-04-07 15.40',
        '',
      ].join('\n'),
    ).documents;
    expect(docs.map((d) => d.kind)).toEqual(['other']);
  });

  it('leaves minutes titled `Protokoll` over their front page alone', () => {
    const docs = parseText(
      ['Protokoll', '', 'Tekniska nämnden', 'Plats och tid: Rådhuset, kl. 13.00–15.00', '', 'Beslutande', 'Eva Berg (S), ordförande', 'Nils Ås (M)', '', '§ 1 Val av justerare', 'Nils Ås utses att justera protokollet.', ''].join('\n'),
    ).documents;
    expect(docs.map((d) => [d.kind, d.title])).toEqual([['minutes', 'Protokoll']]);
  });
});
