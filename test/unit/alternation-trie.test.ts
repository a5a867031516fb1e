// `alternation` writes a lexicon's phrases as a trie; wherever it stands in a pattern, with
// whatever flags and whatever follows it, it must find what the flat alternation, longest
// phrase first, finds: the same match at the same place.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { DECISION, PARTIES, POSTING, ROLE_HEADINGS } from '../../src/lexicon/sv.js';
import { alternation, escapeRegExp } from '../../src/text/patterns.js';

/** The pattern as it was written before the trie: one alternative per phrase, longest first. */
const flat = (words: readonly string[]): string =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .map((w) => escapeRegExp(w).replace(/ /g, '\\s+'))
    .join('|');

const FLAGS = ['', 'i', 'u', 'iu'] as const;
// what may follow the alternation in a pattern: the match must be the same whatever it asks of the rest
const AFTER = ['', '$', '(?![a-zåäö])', '\\s', 'b', '\\s+\\d', 'a?x'] as const;

function same(words: readonly string[], text: string): void {
  for (const flags of FLAGS) {
    for (const after of AFTER) {
      const trie = new RegExp(`(?:${alternation(words)})${after}`, flags).exec(text);
      const plain = new RegExp(`(?:${flat(words)})${after}`, flags).exec(text);
      expect([trie?.index, trie?.[0]], `${JSON.stringify(words)} /${after}/${flags} in ${JSON.stringify(text)}`).toEqual([plain?.index, plain?.[0]]);
    }
  }
}

// letters that fold into each other with `i`, white space, a character to escape: the alphabet where a trie
// could go wrong. The texts hold the letters that fold into `s`, `k` and `å` with `u` as well (`ſ`, the
// Kelvin and Ångström signs); the lexicon's phrases do not (V8 misreads `/(?:Saa|ſ-|ſa)/i`, a
// flat alternation, on `ſa`).
const CHAR = fc.constantFrom('a', 'b', 'A', 'B', 's', 'S', 'k', 'K', 'å', 'Å', ' ', '.', '-', 'x');
const PHRASE = fc.array(CHAR, { minLength: 1, maxLength: 6 }).map((cs) => cs.join(''));
// as the lexicon writes them: words one space apart (the phrases the trie is written for)
const WORD = fc.array(fc.constantFrom('a', 'b', 'A', 'B', 's', 'S', 'k', 'K', 'å', 'Å', '.', '-'), { minLength: 1, maxLength: 3 }).map((cs) => cs.join(''));
const TIDY = fc.array(WORD, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' '));
const TEXT = fc.array(fc.oneof(CHAR, fc.constantFrom('\t', '  ', '\n', '1', 'ſ', '\u212a', '\u212b')), { maxLength: 14 }).map((cs) => cs.join(''));

describe('alternation', () => {
  test.prop([fc.array(PHRASE, { minLength: 1, maxLength: 8 }), fc.array(TEXT, { minLength: 1, maxLength: 6 })], { numRuns: 400 })(
    'finds what the flat alternation finds, at the same place',
    (words, texts) => {
      // texts made of the phrases themselves, and their pieces, as well as random ones
      for (const t of [...texts, ...words, words.join(''), words.join(' '), `x${words[0]!.slice(1)}y`]) same(words, t);
    },
  );

  test.prop([fc.array(TIDY, { minLength: 2, maxLength: 10 }), fc.array(TEXT, { maxLength: 4 })], { numRuns: 400 })(
    'finds what the flat alternation finds, for words one space apart',
    (words, texts) => {
      for (const t of [...texts, ...words, words.join(''), words.join('  '), `${words[0]} ${words[1]}`, words.join(' ').toUpperCase()]) same(words, t);
    },
  );

  it('finds what the flat alternation finds with the lexicon’s lists', () => {
    const lists = [
      Object.values(POSTING).flat(),
      ROLE_HEADINGS.flatMap((r) => r.words),
      [...PARTIES, ...PARTIES.map((p) => p.toLowerCase())],
      [...DECISION.proposalMarkers, ...DECISION.passive],
    ];
    for (const words of lists) {
      const texts = [...words, ...words.map((w) => w.toUpperCase()), ...words.map((w) => `${w.slice(0, -2)} x`), words.join('  '), words.slice(0, 5).join(', ')];
      for (const t of texts) same(words, t);
    }
  });

  it('tests a shared beginning once', () => {
    const source = alternation(['beslutande', 'beslutande ledamöter', 'beslutande och ersättare']);
    expect(source.split('beslutande').length - 1).toBe(1);
    expect(source).toBe('beslutande(?:\\s+(?:och\\s+ersättare|ledamöter)|)');
  });

  it('keeps phrases that open on letters of one case-insensitive reading apart, longest first', () => {
    expect(alternation(['Tid', 'tid och plats', 'plats'])).toBe('tid\\s+och\\s+plats|Tid|plats');
    expect(new RegExp(`^(?:${alternation(['Tid', 'tid och plats'])})`, 'i').exec('TID OCH PLATS')?.[0]).toBe('TID OCH PLATS');
  });

  // (the letters that meet are grouped once per node, and a list asked for again is built once: the same pattern as before)
  it('keeps apart the letters that meet through their cases, the Kelvin sign with `k`, `ſ` with `S` and `s`', () => {
    expect(alternation(['ſal', 'Sal', 'salong', 'kl.', 'klockan', '\u212aa', 'tid'])).toBe('klockan|kl\\.|\u212aa|salong|Sal|ſal|tid');
    expect(alternation(['Tid', 'tidpunkt', 'plats', 'Plan', 'lokal'])).toBe('tidpunkt|Tid|lokal|plats|Plan');
  });

  it('gives the same pattern for a list asked for again, and for the same words in another list', () => {
    const words = ['beslutande', 'beslutande ledamöter', 'Närvarande'];
    const first = alternation(words);
    expect(alternation(words)).toBe(first);
    expect(alternation([...words].reverse())).toBe(first);
    expect(alternation([...words, 'ersättare'])).toBe('beslutande(?:\\s+ledamöter|)|Närvarande|ersättare');
  });
});
