// parse() at its boundary: any input and any options give a result, never a throw or a
// hang. Options are checked once; a bad one gives a fatal `invalid-options` result.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FinsamError, isFatal, parse, parseStrict, type ParseOptions } from '../../src/index.js';

const KALMAR = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', '003-kalmar-au-2023.txt'), 'utf8');
const codes = (r: ReturnType<typeof parse>) => r.warnings.map((w) => w.code);

describe('parse() options', () => {
  it('gives a fatal invalid-options result for a line length that would cut forever, at once', () => {
    for (const maxLineLength of [0, -5, 79, 1.5, NaN, -Infinity]) {
      const r = parse(KALMAR, { maxLineLength });
      expect(r.documents, String(maxLineLength)).toEqual([]);
      expect(r.warnings).toEqual([{ code: 'invalid-options', message: expect.stringContaining('maxLineLength must be a whole number of at least 80'), line: null }]);
    }
  });

  it('names every bad option and what it got', () => {
    const bad: [unknown, RegExp][] = [
      [{ maxBytes: 0 }, /maxBytes must be a whole number of at least 1, or Infinity \(got 0\)/],
      [{ maxBytes: -1 }, /maxBytes .*\(got -1\)/],
      [{ maxBytes: '32M' }, /maxBytes .*\(got string\)/],
      [{ redact: 'no' }, /redact must be true or false/],
      [{ path: 42 }, /path must be a string/],
      ['fast', /the options must be an object/],
      [[1], /the options must be an object/],
    ];
    for (const [options, message] of bad) {
      const r = parse(KALMAR, options as ParseOptions);
      expect(codes(r), JSON.stringify(options)).toEqual(['invalid-options']);
      expect(r.warnings[0]!.message).toMatch(message);
      expect(r.warnings.every(isFatal)).toBe(true);
    }
    const proxy = new Proxy({}, { get: () => { throw new Error('no reading'); } });
    expect(codes(parse(KALMAR, proxy))).toEqual(['invalid-options']);
  });

  it('accepts the limits at their edges, Infinity, null and unknown keys', () => {
    expect(codes(parse(KALMAR, { maxLineLength: 80 }))).not.toContain('invalid-options');
    expect(parse(KALMAR, { maxLineLength: Infinity, maxBytes: Infinity }).documents.length).toBeGreaterThan(0);
    expect(parse(KALMAR, null as unknown as ParseOptions).documents.length).toBeGreaterThan(0);
    expect(parse(KALMAR, { later: true } as ParseOptions).documents.length).toBeGreaterThan(0);
    expect(codes(parse(KALMAR, { maxBytes: 100 }))).toEqual(['input-too-large']);
  });

  it('parseStrict throws a FinsamError with the code', () => {
    expect(() => parseStrict(KALMAR, { maxLineLength: 0 })).toThrow(FinsamError);
    try {
      parseStrict(KALMAR, { maxBytes: -3 });
    } catch (e) {
      expect((e as FinsamError).code).toBe('invalid-options');
    }
  });
});

describe('parse() input', () => {
  const expected = JSON.stringify(parse(KALMAR).documents);
  const bytes = new TextEncoder().encode(KALMAR);

  it('takes bytes in every shape JavaScript holds them', () => {
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const inner = new Uint8Array(bytes.length + 10);
    inner.set(bytes, 5);
    const shapes: [string, unknown][] = [
      ['Buffer', Buffer.from(bytes)],
      ['ArrayBuffer', arrayBuffer],
      ['DataView on part of a buffer', new DataView(inner.buffer, 5, bytes.length)],
      ['Uint8Array on part of a buffer', inner.subarray(5, 5 + bytes.length)],
      ['Int8Array', new Int8Array(arrayBuffer)],
    ];
    for (const [name, input] of shapes) {
      const r = parse(input as Uint8Array);
      expect(JSON.stringify(r.documents), name).toBe(expected);
      expect(r.source.bytes).toBe(bytes.length);
    }
  });

  it('gives a fatal invalid-input result for anything else, never a throw', () => {
    for (const input of [null, undefined, 123, true, {}, [1, 2], Symbol('x'), () => 'x']) {
      const r = parse(input as unknown as string);
      expect(codes(r), String(typeof input)).toEqual(['invalid-input']);
      expect(r.documents).toEqual([]);
      expect(r.source.bytes).toBe(0);
    }
    expect(parse(123 as unknown as string).warnings[0]!.message).toBe('parse() takes a string or bytes (Uint8Array, Buffer, ArrayBuffer), not number');
    expect(() => parseStrict(null as unknown as string)).toThrow(/not null/);
  });
});
