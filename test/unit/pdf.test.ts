// PDFs made here with pdf-lib (or by hand) through the whole PDF path: the text layer
// laid out (columns, label/value grids, running heads), then parsed; and every way a PDF
// can fail to give text, each with its own code.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isFatal, isPdf, parse, parsePdf, pdfText, ParseResultSchema } from '../../src/index.js';
import { denseRunsPdf, encryptedPdf, makePdf, pageTreeBombPdf, prose, type Placed } from '../support/pdf.js';

const fatalOf = (warnings: { code: string }[]): string[] => warnings.filter(isFatal).map((w) => w.code);

/** A three-page protokoll with a running head and foot; § 1 on page 1, § 2 on page 2, § 3 on page 3. */
async function protokoll(): Promise<Uint8Array> {
  const head = (n: number): Placed[] => [
    { text: 'Samordningsförbundet Testlän', x: 60, y: 50 },
    { text: 'PROTOKOLL', x: 300, y: 50 },
    { text: `Sida ${n} (3)`, x: 480, y: 50 },
  ];
  const foot: Placed[] = [{ text: 'Justerandes sign', x: 60, y: 800, size: 8 }, { text: 'Utdragsbestyrkande', x: 400, y: 800, size: 8 }];
  return makePdf([
    [
      ...head(1),
      { text: 'Styrelsen', x: 60, y: 90 },
      { text: 'Plats och tid', x: 60, y: 130 },
      { text: 'Förbundets kontor, fredagen den 15 mars 2024 kl. 09.00–11.00', x: 200, y: 130 },
      { text: 'Beslutande', x: 60, y: 160 },
      { text: 'Anna Ekström (S), ordförande', x: 200, y: 160 },
      { text: 'Bertil Lund (M)', x: 200, y: 174 },
      { text: '§ 1 Mötets öppnande', x: 60, y: 220 },
      ...prose(['Ordföranden förklarar mötet öppnat.'], 248),
      ...foot,
    ],
    [...head(2), { text: '§ 2 Val av justerare', x: 60, y: 100 }, ...prose(['Styrelsen beslutar att utse Bertil Lund att justera protokollet.'], 128), ...foot],
    [...head(3), { text: '§ 3 Mötets avslutande', x: 60, y: 100 }, ...prose(['Ordföranden avslutar mötet.'], 128), ...foot],
  ]);
}

describe('PDF input', () => {
  it('knows a PDF by its signature', async () => {
    expect(isPdf(await makePdf([prose(['x'], 100)]))).toBe(true);
    expect(isPdf(new TextEncoder().encode('Protokoll %PDF-1.4'))).toBe(false);
  });

  it('builds text with pages separated by form feeds and the running head and foot left out', async () => {
    const built = await pdfText(await protokoll());
    expect(built.pages).toBe(3);
    expect(built.warnings).toEqual([]);
    const pages = built.text.split('\f');
    expect(pages).toHaveLength(3);
    expect(pages[0]).toMatch(/^Samordningsförbundet Testlän {2,}PROTOKOLL {2,}Sida 1 \(3\)\n/);
    expect(pages[1]).toMatch(/^§ 2 Val av justerare\n/);
    expect(built.text).not.toMatch(/Sida [23]|Justerandes sign/);
    // the head on pages 2 and 3, the foot on all three
    expect(built.furniture).toBe(2 + 3);
    expect(built.text).toMatch(/^Plats och tid {2,}Förbundets kontor, fredagen den 15 mars 2024 kl\. 09\.00–11\.00$/m);
  });

  it('parses the built text, and says which page each document and item starts on', async () => {
    const bytes = await protokoll();
    const result = await parsePdf(bytes, { path: 'p.pdf' });
    expect(ParseResultSchema.safeParse(result).success).toBe(true);
    expect(result.source).toEqual({
      path: 'p.pdf',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
      encoding: 'pdf-text-layer',
      format: 'pdf',
      pages: 3,
    });
    const [doc] = result.documents;
    expect(doc!.kind).toBe('minutes');
    expect(doc!.page).toBe(1);
    expect(doc!.meeting!.date).toBe('2024-03-15');
    expect(doc!.items.map((i) => [i.number, i.page])).toEqual([[1, 1], [2, 2], [3, 3]]);
    expect(doc!.participants.map((p) => p.name)).toEqual(['Anna Ekström', 'Bertil Lund']);
  });

  it('keeps two participant columns apart', async () => {
    const built = await pdfText(await makePdf([[
      { text: 'Ledamöter', x: 60, y: 100 }, { text: 'Ersättare', x: 320, y: 100 },
      { text: 'Anna Ek (S)', x: 60, y: 114 }, { text: 'Dan Berg (M)', x: 320, y: 114 },
      { text: 'Bo Lind (C)', x: 60, y: 128 }, { text: 'Eva Ljung (L)', x: 320, y: 128 },
    ]]));
    expect(built.text.trimEnd().split('\n').map((l) => l.split(/ {2,}/))).toEqual([
      ['Ledamöter', 'Ersättare'],
      ['Anna Ek (S)', 'Dan Berg (M)'],
      ['Bo Lind (C)', 'Eva Ljung (L)'],
    ]);
  });

  it('keeps each label of a grid beside its value', async () => {
    const built = await pdfText(await makePdf([[
      { text: 'Sammanträdesdatum', x: 60, y: 100, size: 8 }, { text: '2024-03-15', x: 200, y: 100, size: 12 },
      { text: 'Datum för', x: 60, y: 130, size: 8 },
      { text: 'anslags uppsättande', x: 60, y: 140, size: 8 }, { text: '2024-03-20', x: 200, y: 140, size: 12 },
    ]]));
    expect(built.text.trimEnd().split('\n').filter((l) => l !== '').map((l) => l.split(/ {2,}/))).toEqual([
      ['Sammanträdesdatum', '2024-03-15'],
      ['Datum för anslags uppsättande', '2024-03-20'],
    ]);
  });

  it('text input is format text, without pages', () => {
    const result = parse('Protokoll\n\n§ 1 Öppnande\n');
    expect(result.source).toMatchObject({ format: 'text', pages: null });
    expect(result.documents.every((d) => d.page === undefined && d.items.every((i) => i.page === undefined))).toBe(true);
  });
});

describe('PDFs that give no text', () => {
  it('a scan: no text layer, and OCR is suggested', async () => {
    const result = await parsePdf(await makePdf(['scan', 'scan']));
    expect(fatalOf(result.warnings)).toEqual(['pdf-no-text']);
    expect(result.warnings[0]!.message).toMatch(/ocrmypdf/);
    expect(result.documents).toEqual([]);
    expect(result.source.pages).toBe(2);
  });

  it('a scanned page among text pages is named, and the rest is read', async () => {
    const built = await pdfText(await makePdf([prose(['Sida ett'], 100), 'scan', 'scan', prose(['Sida fyra'], 100)]));
    expect(built.warnings.map((w) => [w.code, w.message.slice(0, 14)])).toEqual([['pdf-page-no-text', 'page(s) 2–3 ha']]);
    expect(built.text.split('\f').map((p) => p.trim())).toEqual(['Sida ett', '', '', 'Sida fyra']);
  });

  it('encrypted with a password', async () => {
    const result = await parsePdf(encryptedPdf());
    expect(fatalOf(result.warnings)).toEqual(['pdf-encrypted']);
  });

  it('truncated, or garbage after the signature', async () => {
    const good = await makePdf([prose(['Första sidan'], 100), prose(['Andra sidan'], 100)]);
    for (const bytes of [good.subarray(0, good.length >> 1), new TextEncoder().encode('%PDF-1.7\n' + 'skräp '.repeat(500)), new TextEncoder().encode('%PDF-')]) {
      expect(fatalOf((await parsePdf(bytes)).warnings)).toEqual(['pdf-corrupt']);
    }
  });

  it('more pages than the limit, also when a few objects make a million pages', async () => {
    expect(fatalOf((await parsePdf(pageTreeBombPdf(100, 3))).warnings)).toEqual(['pdf-too-many-pages']);
    const three = await makePdf([prose(['a'], 100), prose(['b'], 100), prose(['c'], 100)]);
    expect(fatalOf((await parsePdf(three, { maxPages: 2 })).warnings)).toEqual(['pdf-too-many-pages']);
    expect(fatalOf((await parsePdf(three, { maxPages: 3 })).warnings)).toEqual([]);
  });

  it('more bytes than the limit', async () => {
    const bytes = await makePdf([prose(['a'], 100)]);
    expect(fatalOf((await parsePdf(bytes, { maxBytes: bytes.length - 1 })).warnings)).toEqual(['input-too-large']);
  });

  it('more runs on a page than the limit: the rest of the page is left out', async () => {
    const built = await pdfText(denseRunsPdf(3000), { maxRunsPerPage: 1000 });
    expect(built.warnings.map((w) => w.code)).toEqual(['pdf-page-too-dense']);
    // 1,000 items read (pdf.js puts blank ones between the letters), of 3,000 letters
    const letters = built.text.replace(/\s/g, '').length;
    expect(letters).toBeGreaterThan(300);
    expect(letters).toBeLessThanOrEqual(1000);
  });

  it('more runs in all than the limit (pages × runs): a PDF bomb', async () => {
    const pages = Array.from({ length: 4 }, () => prose(['en rad', 'en till', 'och en till'], 100));
    const bytes = await makePdf(pages);
    expect(fatalOf((await pdfText(bytes, { maxRuns: 10 })).warnings)).toEqual(['pdf-bomb']);
    expect(fatalOf((await pdfText(bytes, { maxRuns: 12 })).warnings)).toEqual([]);
  });

  it('a caller that aborts: pdf-timeout', async () => {
    const bytes = await makePdf([prose(['a'], 100), prose(['b'], 100)]);
    expect(fatalOf((await pdfText(bytes, { signal: AbortSignal.abort() })).warnings)).toEqual(['pdf-timeout']);
  });
});
