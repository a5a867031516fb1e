// `parse` is total and pure: on any string and any bytes it returns (never throws), the
// result always validates against the output contract, no input ends in the catch-all
// `internal-error` (which is where a throw inside the pipeline would hide), and the same
// input always gives the same result.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { isFatal, parse, ParseResultSchema, type ParseResult } from '../../src/index.js';
import { anyBytes, anyText, editedFixture, finsamText } from './arbitraries.js';

function expectValid(result: ParseResult): void {
  const checked = ParseResultSchema.safeParse(result);
  if (!checked.success) throw new Error(`result breaks the schema: ${checked.error.message}`);
  const internal = result.warnings.find((w) => w.code === 'internal-error');
  if (internal) throw new Error(`internal-error: ${internal.message}`);
  // a fatal warning means no documents; otherwise no fatal warning at all
  if (result.warnings.some(isFatal)) expect(result.documents).toEqual([]);
}

function parseChecked(input: string | Uint8Array): ParseResult {
  let result: ParseResult;
  try {
    result = parse(input, { path: 'prop.txt' });
  } catch (e) {
    throw new Error(`parse threw: ${(e as Error).stack ?? String(e)}`);
  }
  expectValid(result);
  return result;
}

describe('parse never throws and always returns a valid result', () => {
  test.prop([anyText(2000)], { numRuns: 300 })('on arbitrary strings', (s) => {
    parseChecked(s);
  });

  test.prop([finsamText(150)], { numRuns: 300 })('on strings made of finsam’s own vocabulary', (s) => {
    parseChecked(s);
  });

  test.prop([anyBytes(2000)], { numRuns: 300 })('on arbitrary bytes', (b) => {
    parseChecked(b);
  });

  test.prop([editedFixture()], { numRuns: 60 })('on fixtures with random line edits', ({ text }) => {
    parseChecked(text);
  });

  test.prop([fc.oneof(anyText(500), finsamText(60)), fc.boolean(), fc.integer({ min: 80, max: 400 }), fc.integer({ min: 1, max: 4096 })], { numRuns: 150 })(
    'with any options',
    (s, redact, maxLineLength, maxBytes) => {
      expectValid(parse(s, { redact, maxLineLength, maxBytes }));
    },
  );
});

describe('parse is deterministic', () => {
  test.prop([fc.oneof(anyText(1000), finsamText(150)), finsamText(150)], { numRuns: 150 })(
    'the same string twice gives deep-equal results, whatever was parsed in between',
    (s, other) => {
      const first = parse(s);
      parse(other);
      expect(parse(s)).toEqual(first);
    },
  );

  test.prop([anyBytes(1000)], { numRuns: 150 })('the same bytes twice give deep-equal results', (b) => {
    expect(parse(b)).toEqual(parse(b));
  });

  test.prop([editedFixture()], { numRuns: 20 })('an edited fixture twice gives deep-equal results', ({ text }) => {
    expect(parse(text)).toEqual(parse(text));
  });

  test.prop([finsamText(150)], { numRuns: 100 })('a string and its UTF-8 bytes give the same result', (s) => {
    expect(parse(s)).toEqual(parse(new TextEncoder().encode(s)));
  });
});
