// `opensLike` and `opensLikeTwo` are the cheap tests asked before a pattern anchored at a
// line's start that opens with one of a list's words: they may let a text through that the
// pattern then fails, never stop one the pattern would find, whatever its flags.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { NEXT_MEETING_HEADINGS, ROLE_HEADINGS, ROLE_SENTENCE_OPENERS } from '../../src/lexicon/sv.js';
import { alternation, opensLike, opensLikeTwo } from '../../src/text/patterns.js';

const FLAGS = ['i', 'iu'] as const;

function neverStops(words: readonly string[], text: string): void {
  const gates = { opensLike: opensLike(words), opensLikeTwo: opensLikeTwo(words) };
  for (const flags of FLAGS) {
    if (!new RegExp(`^(?:${alternation(words)})`, flags).test(text)) continue;
    for (const [name, gate] of Object.entries(gates)) expect(gate(text), `${name}(${JSON.stringify(words)}) stops ${JSON.stringify(text)} /${flags}`).toBe(true);
  }
}

// plain letters, letters past ASCII (and those that fold into plain ones with `u`: `ſ`, the Kelvin sign), white space
const CHAR = fc.constantFrom('a', 'n', 'N', 's', 'S', 'k', 'K', 'ä', 'Ä', 'ö', 'Ö', 'å', 'Å', ' ', '§', 'ſ', '\u212a', '\u212b', '1');
const WORD = fc.array(fc.constantFrom('a', 'n', 's', 'k', 'ä', 'ö', 'å', ' '), { minLength: 1, maxLength: 4 }).map((cs) => cs.join('').trim()).filter((w) => w !== '');
const TEXT = fc.array(CHAR, { maxLength: 6 }).map((cs) => cs.join(''));

describe('opensLike and opensLikeTwo', () => {
  test.prop([fc.array(WORD, { minLength: 1, maxLength: 6 }), fc.array(TEXT, { minLength: 1, maxLength: 6 })], { numRuns: 400 })(
    'let through every text the anchored pattern finds a word at',
    (words, texts) => {
      // the words themselves in other cases, and with other characters after them
      for (const t of [...texts, ...words, ...words.map((w) => w.toUpperCase()), ...words.map((w) => `${w}§x`)]) neverStops(words, t);
    },
  );

  it('let the lexicon’s words through in the cases and foldings a text writes them', () => {
    for (const words of [NEXT_MEETING_HEADINGS, ROLE_HEADINGS.flatMap((r) => r.words), ROLE_SENTENCE_OPENERS.flatMap((o) => o.words)]) {
      for (const w of words) for (const t of [w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1), w.replace(/^s/, 'ſ'), w.replace(/^k/, '\u212a')]) neverStops(words, t);
    }
  });

  it('stop a text whose first character no word opens with, whatever follows it', () => {
    const next = opensLikeTwo(NEXT_MEETING_HEADINGS);
    expect(next('Nästa möte')).toBe(true);
    expect(next('Mötestider')).toBe(true);
    // (a plain first letter no heading opens with, before a letter past ASCII)
    expect(next('Tä')).toBe(false);
    // (a first character past ASCII, where every heading opens with a plain letter)
    expect(next('§ 4 Nästa möte')).toBe(false);
    expect(next('Årets möten')).toBe(false);
    // (`ſ` and the Kelvin sign fold into plain letters: the pattern decides)
    expect(next('ſx')).toBe(true);
  });
});
