// decode: bytes → text. A BOM decides; then strict UTF-8; a few broken bytes in UTF-8 are
// read as windows-1252 with a warning; otherwise the whole file is windows-1252. Binary
// files (a PDF, an image) are refused before decoding.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, sniffBinary } from '../../src/decode/decode.js';
import { parse } from '../../src/index.js';

const SWEDISH = 'Förbundschef Åsa Öberg, § 5 – ”Beslut” för 2 000 €';

describe('decode', () => {
  it('reads UTF-8 without warnings', () => {
    expect(decode(Buffer.from(SWEDISH, 'utf8'))).toEqual({ text: SWEDISH, encoding: 'utf-8', warnings: [] });
  });

  it('drops a UTF-8 BOM', () => {
    expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SWEDISH, 'utf8')]))).toEqual({ text: SWEDISH, encoding: 'utf-8', warnings: [] });
  });

  it('reads UTF-16 with a BOM, both byte orders', () => {
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(SWEDISH, 'utf-16le')]))).toEqual({ text: SWEDISH, encoding: 'utf-16le', warnings: [] });
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(SWEDISH, 'utf-16be')]))).toEqual({ text: SWEDISH, encoding: 'utf-16be', warnings: [] });
  });

  it('falls back to windows-1252 (with `–”€` right) and warns `encoding-fallback` with the line', () => {
    const d = decode(iconv.encode(`Rad ett\n${SWEDISH}`, 'windows-1252'));
    expect(d.text).toBe(`Rad ett\n${SWEDISH}`);
    expect(d.encoding).toBe('windows-1252');
    expect(d.warnings).toEqual([expect.objectContaining({ code: 'encoding-fallback', line: 2 })]);
  });

  it('keeps UTF-8 with a few broken bytes, reads those as windows-1252, and warns `invalid-utf8` with the line', () => {
    const bytes = Buffer.concat([Buffer.from('Förbund Åsa Öberg ärende\nrad ', 'utf8'), Buffer.from([0xe4]), Buffer.from(' slut', 'utf8')]);
    const d = decode(bytes);
    expect(d.text).toBe('Förbund Åsa Öberg ärende\nrad ä slut');
    expect(d.encoding).toBe('utf-8');
    expect(d.warnings).toEqual([expect.objectContaining({ code: 'invalid-utf8', line: 2 })]);
  });
});

describe('sniffBinary', () => {
  it('refuses a PDF and says to extract its text', () => {
    const r = sniffBinary(Buffer.from('%PDF-1.4\n\0\0abc', 'latin1'));
    expect(r?.code).toBe('binary-input');
    expect(r?.message).toMatch(/PDF/);
  });

  it('refuses other data with NUL bytes', () => {
    expect(sniffBinary(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]))?.code).toBe('binary-input');
  });

  it('accepts text and UTF-16 with a BOM', () => {
    expect(sniffBinary(Buffer.from(SWEDISH, 'utf8'))).toBeNull();
    expect(sniffBinary(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('ab', 'utf-16le')]))).toBeNull();
  });
});

describe('decoding through parse()', () => {
  it('reports the encoding in `source` and the fallback warning in `warnings`', () => {
    const r = parse(iconv.encode('PROTOKOLL\nSamordningsförbundet Väst\n§ 1 Mötets öppnande\nOrdföranden öppnar mötet.\n', 'windows-1252'));
    expect(r.source.encoding).toBe('windows-1252');
    expect(r.warnings.map((w) => w.code)).toContain('encoding-fallback');
    expect(r.documents[0]!.meeting?.organisation).toBe('Samordningsförbundet Väst');
  });

  it('refuses a binary file with no documents and a fatal warning', () => {
    const r = parse(Buffer.from('%PDF-1.4\n\0\0abc', 'latin1'));
    expect(r.documents).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toEqual(['binary-input']);
  });
});
