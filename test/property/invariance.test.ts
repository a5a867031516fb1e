// What must not change the result: the kind of line break (LF, CRLF, CR, mixed), a form
// feed at the start of a line (a page break, as pdftotext writes one), and Unicode
// normalisation (NFD or NFC). `source` is left out of every comparison: its sha256 and
// byte count describe the raw bytes, which do differ.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parse, type ParseResult } from '../../src/index.js';
import { FIXTURE_NAMES, fixtureText } from './arbitraries.js';

const withoutSource = (r: ParseResult): Omit<ParseResult, 'source'> => {
  const { source: _source, ...rest } = r;
  return rest;
};

const TEXTS = new Map(FIXTURE_NAMES.map((n) => [n, fixtureText(n)]));
const BASE = new Map(FIXTURE_NAMES.map((n) => [n, withoutSource(parse(TEXTS.get(n)!))]));
const text = (name: string): string => TEXTS.get(name)!;
const base = (name: string): Omit<ParseResult, 'source'> => BASE.get(name)!;

const lineCount = (name: string): number => text(name).split('\n').length;

/** The fixture and, for each of its lines, a random choice. */
const perLine = <T>(choice: fc.Arbitrary<T>): fc.Arbitrary<{ name: string; choices: T[] }> =>
  fc.constantFrom(...FIXTURE_NAMES).chain((name) =>
    fc.array(choice, { minLength: lineCount(name), maxLength: lineCount(name) }).map((choices) => ({ name, choices })),
  );

describe('line breaks', () => {
  it('has fixtures', () => expect(FIXTURE_NAMES.length).toBeGreaterThanOrEqual(5));

  for (const name of FIXTURE_NAMES) {
    for (const [label, br] of [['CRLF', '\r\n'], ['CR', '\r']] as const) {
      it(`${name}: ${label} gives the same result as LF`, () => {
        const variant = text(name).replace(/\n/g, br);
        expect(withoutSource(parse(variant))).toEqual(base(name));
      });
    }
  }

  test.prop([perLine(fc.constantFrom('\n', '\r\n', '\r', '\u2028', '\u0085'))], { numRuns: 25 })(
    'a mix of LF, CRLF, CR, U+2028 and U+0085 gives the same result as LF',
    ({ name, choices }) => {
      const lines = text(name).split('\n');
      // a CR before the LF of an empty line is a CRLF: one break, not two
      const breakAfter = (i: number): string =>
        choices[i] === '\r' && lines[i + 1] === '' && choices[i + 1] === '\n' ? '\r\n' : choices[i]!;
      const variant = lines.map((l, i) => l + (i < lines.length - 1 ? breakAfter(i) : '')).join('');
      expect(withoutSource(parse(variant))).toEqual(base(name));
    },
  );
});

/** The lines next to the breaks (the last before one, the first after it) are all different. */
function edgesDistinct(lines: readonly string[], breaks: readonly boolean[]): boolean {
  const key = (l: string): string => l.trim().toLowerCase().replace(/\d+/g, '#');
  const seen = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    if (!breaks[i]) continue;
    let before = i - 1;
    while (before >= 0 && lines[before]!.trim() === '') before--;
    let after = i;
    while (after < lines.length && lines[after]!.trim() === '') after++;
    for (const k of [before, after]) {
      if (k < 0 || k >= lines.length) continue;
      const edge = key(lines[k]!);
      if (seen.has(edge)) return false;
      seen.add(edge);
    }
  }
  return true;
}

describe('form feeds', () => {
  // a page break changes nothing the result reports: the documents, their items and
  // participants are the same (items and participants first, for a readable failure)
  test.prop([perLine(fc.nat({ max: 9 }).map((k) => k === 9))], { numRuns: 30 })(
    'a form feed at the start of some lines gives the same documents, items and participants',
    ({ name, choices }) => {
      // a line that the breaks put at the edge of several pages is furniture by repetition
      // (issue 11: `**Personal number**` last before three breaks goes as a running footer):
      // such placements test another rule, and are left out
      fc.pre(edgesDistinct(text(name).split('\n'), choices));
      const variant = text(name)
        .split('\n')
        .map((l, i) => (choices[i] ? `\f${l}` : l))
        .join('\n');
      const got = parse(variant);
      const want = base(name);
      expect(got.documents.map((d) => d.items)).toEqual(want.documents.map((d) => d.items));
      expect(got.documents.map((d) => d.participants)).toEqual(want.documents.map((d) => d.participants));
      expect(got.documents).toEqual(want.documents);
    },
  );
});

describe('Unicode normalisation', () => {
  for (const name of FIXTURE_NAMES) {
    it(`${name}: NFD gives the same result as NFC`, () => {
      const nfc = withoutSource(parse(text(name).normalize('NFC')));
      expect(withoutSource(parse(text(name).normalize('NFD')))).toEqual(nfc);
      expect(nfc).toEqual(base(name));
    });
  }

  test.prop([perLine(fc.constantFrom('NFC', 'NFD'))], { numRuns: 20 })(
    'NFC and NFD mixed line by line give the same result',
    ({ name, choices }) => {
      const variant = text(name)
        .split('\n')
        .map((l, i) => (choices[i] === 'NFD' ? l.normalize('NFD') : l.normalize('NFC')))
        .join('\n');
      expect(withoutSource(parse(variant))).toEqual(base(name));
    },
  );
});
