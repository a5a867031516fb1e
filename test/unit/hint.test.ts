// hintOf writes its phrases as a trie; it must find exactly what one alternative per phrase finds.
import { describe, expect, it } from 'vitest';
import { POSTING, DECISION, PROCESS } from '../../src/lexicon/sv.js';
import { anyOf, hintOf, phrasesOf } from '../../src/text/hint.js';
import { YES_COUNT } from '../../src/parse/process/votes.js';
import { alternation, escapeRegExp } from '../../src/text/patterns.js';

const FOLDED: Record<string, string> = { s: '[s\\u017f]', k: '[k\\u212a]', å: '[å\\u212b]', ß: '[ß\\u1e9e]' };
/** The pattern as it was written before the trie: one alternative per phrase. */
const flat = (phrases: readonly string[]): RegExp =>
  new RegExp(
    [...new Set(phrases)]
      .map((p) => p.split(' ').filter((w) => w !== '').map((w) => escapeRegExp(w).replace(/[kså\u00df]/giu, (c) => FOLDED[c.toLowerCase()] ?? c)).join('\\s+'))
      .join('|'),
    'i',
  );

function* texts(phrases: readonly string[], seed: number): Generator<string> {
  let x = seed;
  const next = (n: number): number => ((x = (x * 48271) % 2147483647), x % n);
  const cuts = ['', ' ', '  ', '\t', '\n', 'x', 'ſ', 'K', '-', 'ÅR '];
  for (let k = 0; k < 3000; k++) {
    const p = phrases[next(phrases.length)]!;
    const from = next(p.length);
    const to = from + next(p.length - from + 1);
    const piece = (next(2) ? p.toUpperCase() : p).slice(from, to).replace(/ /g, cuts[next(cuts.length)]!).replace(/s/g, next(4) ? 's' : 'ſ');
    yield `${cuts[next(cuts.length)]}${piece}${cuts[next(cuts.length)]}${next(3) ? '' : p}`;
  }
}

describe('hintOf', () => {
  const lists: Array<[string, readonly string[]]> = [
    ['anslag labels', Object.values(POSTING).flat()],
    ['decision markers', [...DECISION.proposalMarkers, ...DECISION.passive, 'läggs']],
    ['process findings', PROCESS.findings],
    ['procedural motions', PROCESS.procedural],
    ['prefixes of each other', ['justera', 'justerat', 'justeras den', 'just', 'anslag/bevis', 'ordf.', 'a+b (c)']],
  ];
  for (const [name, phrases] of lists) {
    it(`finds what one alternative per phrase finds: ${name}`, () => {
      const trie = hintOf(phrases);
      const plain = flat(phrases);
      let found = 0;
      for (const t of texts(phrases, phrases.length)) {
        expect(trie.test(t), JSON.stringify(t)).toBe(plain.test(t));
        if (plain.test(t)) found++;
      }
      // the texts hold both: phrases and pieces of them
      expect(found).toBeGreaterThan(300);
      expect(found).toBeLessThan(3000);
    });
  }

  it('tests a shared beginning once', () => {
    const source = hintOf(['justerat', 'justerades', 'justeringsdag']).source;
    expect(source.split('ju[s\\u017f]ter').length - 1).toBe(1);
    expect(hintOf(['tas ned', 'tas ned tidigast']).test('anslaget tas  ned')).toBe(true);
  });

  it('folds the letters the Unicode pattern folds', () => {
    expect(hintOf(['förvaras']).test('FÖRVARAſ')).toBe(true);
    expect(hintOf(['protokoll']).test('PROTO\u212aOLL')).toBe(true);
  });

  it('finds everywhere when a phrase has no words, as an empty alternative did', () => {
    expect(hintOf(['juster', ' ']).test('nothing of it')).toBe(true);
  });
});

describe('anyOf', () => {
  const lists: Array<[string, readonly string[]]> = [
    ['decision stems', ['överens', 'enade', 'enas ', 'besl', 'godk', 'fastst', 'anta', 'anto', 'bevilj', 'bifall', 'biföll', 'besvara', 'del av', 'ger ', 'gav ']],
    ['outcome stems', ['enligt', 'enlighet', 'utgår', 'utgick', 'återkall', 'återt', 'till protokollet', 'protokollet']],
    ['prefixes of each other', ['justera', 'justerat', 'justeras den', 'just', 'anslag/bevis', 'ordf.', 'a+b (c)']],
  ];
  for (const [name, stems] of lists) {
    it(`finds the first stem where the alternation finds it: ${name}`, () => {
      const trie = anyOf(stems);
      // (no folding: `ſ` and the Kelvin sign are no `s` and `k` to it, as to the plain alternation)
      const plain = new RegExp(stems.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
      let found = 0;
      for (const t of texts(stems, stems.length + 7)) {
        expect(t.search(trie), JSON.stringify(t)).toBe(t.search(plain));
        if (plain.test(t)) found++;
      }
      expect(found).toBeGreaterThan(300);
      expect(found).toBeLessThan(3000);
    });
  }
});

describe('phrasesOf', () => {
  const verbs = [...DECISION.decideVerbs, ...DECISION.decisionTaking, ...DECISION.approveVerbs];
  const stems = ['överens', 'enade', 'enas ', 'beslut att', 'beslut om att'];
  it('finds what the alternation of the phrases and the stems side by side finds', () => {
    const trie = phrasesOf(verbs, stems);
    const plain = new RegExp(`${alternation(verbs)}|${stems.map((s) => escapeRegExp(s)).join('|')}`);
    let found = 0;
    for (const t of texts([...verbs, ...stems], verbs.length)) {
      expect(trie.test(t), JSON.stringify(t)).toBe(plain.test(t));
      if (plain.test(t)) found++;
    }
    expect(found).toBeGreaterThan(300);
    expect(found).toBeLessThan(3000);
  });

  it("reads a phrase's space as any white space, a stem's as a space, and folds no letter", () => {
    const trie = phrasesOf(['tar del av'], ['enas ']);
    expect(trie.test('tar\tdel\n av')).toBe(true);
    expect(trie.test('enas\tom')).toBe(false);
    expect(trie.test('enas om')).toBe(true);
    expect(trie.test('Tar del av')).toBe(false);
  });
});

describe('the count of yes votes', () => {
  // (the pattern as first written: alternatives that open on a digit and a boundary)
  const written = /ja-|\d ?ja\b|\bja:? ?\d/i;
  it('finds what it found as first written', () => {
    const pieces = ['ja', 'JA', 'Ja', '-', ':', ' ', '  ', '7', '12', 'x', '_', 'å', '\n', 'Ma'];
    let x = 11;
    const next = (n: number): number => ((x = (x * 48271) % 2147483647), x % n);
    let found = 0;
    for (let k = 0; k < 20000; k++) {
      let t = '';
      for (let n = next(7); n >= 0; n--) t += pieces[next(pieces.length)]!;
      expect(YES_COUNT.test(t), JSON.stringify(t)).toBe(written.test(t));
      if (written.test(t)) found++;
    }
    expect(found).toBeGreaterThan(1000);
    for (const t of ['72 Ja', 'Ja 7', 'Ja-röst', 'Ja: 4', '3ja']) expect(YES_COUNT.test(t), t).toBe(true);
    for (const t of ['Maja 7', 'ja', 'Ja.', 'Maja-Lena']) expect(YES_COUNT.test(t), t).toBe(written.test(t));
  });
});
