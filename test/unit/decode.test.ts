// decode: bytes → text. A BOM decides; then strict UTF-8; a few broken bytes in UTF-8 are
// read as windows-1252 with a warning; otherwise the whole file is windows-1252. Binary
// files (a PDF, an image) are refused before decoding.
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode, sniffBinary } from '../../src/decode/decode.js';
import { parse } from '../../src/index.js';

const KALMAR = join(import.meta.dirname, '..', '..', 'fixtures', '003-kalmar-au-2023.txt');
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

describe('decode: what the first version got wrong', () => {
  it('reads UTF-16 without a BOM from its alternating NULs, both byte orders', () => {
    expect(decode(iconv.encode(SWEDISH, 'utf-16le'))).toEqual({ text: SWEDISH, encoding: 'utf-16le', warnings: [] });
    expect(decode(iconv.encode(SWEDISH, 'utf-16be'))).toEqual({ text: SWEDISH, encoding: 'utf-16be', warnings: [] });
  });

  it('drops stray control characters with one warning that counts them and names the first line', () => {
    const d = decode(Buffer.from('PROTOKOLL\nSamordningsförbundet\0 Väst\n§ 1\u0007 Öppnande\u001b\ttext\fsida 2\v\r\n', 'utf8'));
    expect(d.text).toBe('PROTOKOLL\nSamordningsförbundet Väst\n§ 1 Öppnande\ttext\fsida 2\v\r\n');
    expect(d.warnings).toEqual([{ code: 'control-characters', message: '3 control character(s) such as NUL were removed', line: 2 }]);
    expect(decode(Buffer.from(SWEDISH)).warnings).toEqual([]);
  });

  it('reads a file that is half UTF-8, half windows-1252 line by line, both halves right', () => {
    const utf8Half = 'Förbundsstyrelsen i Västra Götaland\nÅsa Öberg (S), ordförande\n';
    const legacyHalf = 'Ärendet gäller budget för 2024 – ”beslut”\nKöping, Örebro och Västerås\n';
    const d = decode(Buffer.concat([Buffer.from(utf8Half, 'utf8'), iconv.encode(legacyHalf, 'windows-1252')]));
    expect(d.text).toBe(utf8Half + legacyHalf);
    expect(d.encoding).toBe('utf-8');
    expect(d.warnings).toEqual([expect.objectContaining({ code: 'mixed-encoding', line: 3 })]);
  });
});

describe('sniffBinary', () => {
  it('refuses a PDF, even without a NUL byte, and names the command that reads PDFs', () => {
    for (const pdf of ['%PDF-1.4\n\0\0abc', '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n']) {
      const r = sniffBinary(Buffer.from(pdf, 'latin1'));
      expect(r?.code).toBe('binary-input');
      expect(r?.message).toContain('finsam parse FILE.pdf');
    }
  });

  it('refuses the binary signatures on their own, with no NUL byte after them', () => {
    const text = Buffer.from('\nPROTOKOLL\n§ 1 Mötets öppnande\n', 'utf8');
    const signatures: [number[], RegExp][] = [
      [[0x50, 0x4b, 0x03, 0x04], /ZIP/],
      [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], /Office/],
      [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], /PNG/],
      [[0xff, 0xd8, 0xff, 0xe0], /JPEG/],
      [[...Buffer.from('GIF89a')], /GIF/],
      [[0x1f, 0x8b, 0x08], /gzip/],
      [[...Buffer.from('RIFF'), 1, 2, 3, 4, ...Buffer.from('WEBP')], /WebP/],
      [[...Buffer.from('BZh9'), 0x31, 0x41, 0x59, 0x26, 0x53, 0x59], /bzip2/],
      [[0x7f, ...Buffer.from('ELF')], /program/],
    ];
    for (const [sig, what] of signatures) {
      const r = sniffBinary(Buffer.concat([Buffer.from(sig), text]));
      expect(r?.code, what.source).toBe('binary-input');
      expect(r?.message).toMatch(what);
    }
    // the same words without a signature are text
    expect(sniffBinary(text)).toBeNull();
    expect(sniffBinary(Buffer.from('GIF-rapport\nBZh är inget\n'))).toBeNull();
  });

  it('refuses a real share of NUL bytes, and lets a few through', () => {
    const text = Buffer.from('PROTOKOLL\n'.repeat(100));
    const many = Buffer.from(text);
    for (let i = 0; i < many.length; i += 5) many[i] = 0; // 20 %
    expect(sniffBinary(many)?.message).toMatch(/NUL bytes in the first/);
    const few = Buffer.from(text);
    few[3] = 0;
    few[400] = 0;
    expect(sniffBinary(few)).toBeNull();
  });

  it('refuses other data with NUL bytes', () => {
    expect(sniffBinary(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]))?.code).toBe('binary-input');
  });

  it('accepts text, and UTF-16 with or without a BOM', () => {
    expect(sniffBinary(Buffer.from(SWEDISH, 'utf8'))).toBeNull();
    expect(sniffBinary(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('ab', 'utf-16le')]))).toBeNull();
    expect(sniffBinary(iconv.encode(SWEDISH, 'utf-16le'))).toBeNull();
    expect(sniffBinary(iconv.encode(SWEDISH, 'utf-16be'))).toBeNull();
  });
});

describe('decoding through parse()', () => {
  it('reports the encoding in `source` and the fallback warning in `warnings`', () => {
    const r = parse(iconv.encode('PROTOKOLL\nSamordningsförbundet Väst\n§ 1 Mötets öppnande\nOrdföranden öppnar mötet.\n', 'windows-1252'));
    expect(r.source.encoding).toBe('windows-1252');
    expect(r.warnings.map((w) => w.code)).toContain('encoding-fallback');
    expect(r.documents[0]!.meeting?.organisation).toBe('Samordningsförbundet Väst');
  });

  it('converts a protokoll with a NUL byte in its first 8 KB (as pdftotext leaves them), with a warning', () => {
    const text = readFileSync(KALMAR, 'utf8');
    const at = text.indexOf('\n', 200);
    const r = parse(Buffer.concat([Buffer.from(text.slice(0, at), 'utf8'), Buffer.from([0]), Buffer.from(text.slice(at), 'utf8')]));
    const clean = parse(text);
    expect(r.documents.map((d) => d.items.length)).toEqual(clean.documents.map((d) => d.items.length));
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'control-characters', message: expect.stringContaining('1 control') }));
  });

  it('reads a protokoll whose second half is windows-1252 as the same protokoll', () => {
    const text = readFileSync(KALMAR, 'utf8');
    const half = text.indexOf('\n', text.length / 2) + 1;
    const r = parse(Buffer.concat([Buffer.from(text.slice(0, half), 'utf8'), iconv.encode(text.slice(half), 'windows-1252')]));
    const clean = parse(text);
    expect(r.documents.map((d) => d.items.map((i) => i.title))).toEqual(clean.documents.map((d) => d.items.map((i) => i.title)));
    expect(JSON.stringify(r.documents)).toBe(JSON.stringify(clean.documents));
    expect(r.warnings.map((w) => w.code)).toEqual(['mixed-encoding']);
  });

  it('refuses a binary file with no documents and a fatal warning', () => {
    const r = parse(Buffer.from('%PDF-1.4\n\0\0abc', 'latin1'));
    expect(r.documents).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toEqual(['binary-input']);
  });
});
