// The letter classes of the patterns built from strings (src/text/letters.ts): exactly Unicode's
// letters within the scripts they cover, and the only way src/ spells a letter in a string.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANY_LETTER, LOWER_LETTER, UPPER_LETTER } from '../../src/text/letters.js';

const inBlocks = (c: number): boolean => c <= 0x024f || (c >= 0x0370 && c <= 0x04ff);

describe('letter classes', () => {
  for (const [name, cls, category] of [
    ['ANY_LETTER', ANY_LETTER, 'L'],
    ['UPPER_LETTER', UPPER_LETTER, 'Lu'],
    ['LOWER_LETTER', LOWER_LETTER, 'Ll'],
  ] as const) {
    it(`${name} is \\p{${category}} in Latin, Greek and Cyrillic`, () => {
      const ours = new RegExp(`^[${cls}]$`, 'u');
      const unicode = new RegExp(`^\\p{${category}}$`, 'u');
      const wrong: string[] = [];
      for (let c = 0; c <= 0x04ff; c++) {
        const ch = String.fromCharCode(c);
        if (inBlocks(c) && ours.test(ch) !== unicode.test(ch)) wrong.push(`U+${c.toString(16).padStart(4, '0')}`);
      }
      expect(wrong).toEqual([]);
    });
  }

  it('reads the letters of Swedish names and words, and no digit, sign or space', () => {
    const word = new RegExp(`^[${UPPER_LETTER}][${LOWER_LETTER}]+$`, 'u');
    for (const w of ['Åsa', 'Örjan', 'Ängby', 'Émile', 'Müller', 'Ćosić', 'Łukasz', 'Şahin', 'Øystein', 'Žaneta']) expect(word.test(w), w).toBe(true);
    for (const w of ['åsa', 'ÅSA', 'Ek1', 'Ek-', 'Ek s']) expect(word.test(w), w).toBe(false);
    expect(new RegExp(`^[${ANY_LETTER}]+$`, 'u').test('§12')).toBe(false);
  });

  it('under the i flag an upper-case class takes either case, as \\p{Lu} does', () => {
    expect(new RegExp(`^[${UPPER_LETTER}]+$`, 'iu').test('åäöé')).toBe(/^\p{Lu}+$/iu.test('åäöé'));
  });

  it('holds no letter of other scripts (the documented limit)', () => {
    expect(new RegExp(`[${ANY_LETTER}]`, 'u').test('中文 עברית')).toBe(false);
  });
});

describe('letters in src/', () => {
  // `\p{L}` costs V8 a class built from ICU's tables each time it reads a pattern (see src/text/letters.ts)
  const src = join(import.meta.dirname, '..', '..', 'src');
  const lines = readdirSync(src, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => readFileSync(join(src, f), 'utf8').split('\n').map((line, i) => ({ line, at: `${f}:${i + 1}` })));

  it('no string spells a letter as \\p{L}, \\p{Lu} or \\p{Ll}: patterns built from strings use text/letters.ts', () => {
    // a string's backslash is written twice (`'\\p{L}'`); String.raw's once
    const wrong = lines.filter(({ line }) => /\\\\p\{L[ul]?\}/.test(line) || /String\.raw`.*(?<!\\)\\p\{L[ul]?\}/.test(line));
    expect(wrong.map(({ at }) => at)).toEqual([]);
  });

  it('no pattern a module makes when it loads is a literal with \\p{L}, \\p{Lu} or \\p{Ll}', () => {
    const wrong = lines.filter(({ line }) => /^(?:export )?const \w+ = \/.*\\p\{L[ul]?\}/.test(line));
    expect(wrong.map(({ at }) => at)).toEqual([]);
  });
});
