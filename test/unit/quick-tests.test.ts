// The plain first tests that guard costly patterns must never turn away a text the pattern
// would read: each is checked here against the lexicon words it stands for.
import { describe, expect, it } from 'vitest';
import { KIND_TITLES, PAGE_FURNITURE } from '../../src/lexicon/sv.js';
import { KIND_STEM } from '../../src/text/kind-stem.js';
import { collapse } from '../../src/text/line.js';
import { compactLines } from '../../src/text/one-byte.js';
import { classifyDebris } from '../../src/normalise/debris.js';

const cases = (w: string): string[] => [w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1)];

describe('quick tests before patterns', () => {
  it('the kind stem finds every kind title in any case, and not ordinary words', () => {
    for (const w of Object.values(KIND_TITLES).flat()) for (const v of cases(w)) expect(KIND_STEM.test(v), v).toBe(true);
    for (const v of ['Budget 2024', 'Val av ordförande', 'Anmälan om delegationsbeslut']) expect(KIND_STEM.test(v), v).toBe(false);
  });

  it('every furniture phrase is still read as furniture', () => {
    for (const w of PAGE_FURNITURE) for (const v of cases(w)) expect(classifyDebris(v).furniture, v).toBe(true);
  });

  it('collapse trims and folds every run of white space, and returns clean text as it is', () => {
    expect(collapse('  Plats och\ttid:   Kommunhuset \u00a0 ')).toBe('Plats och tid: Kommunhuset');
    expect(collapse('a\u2028b')).toBe('a b');
    const clean = 'Plats och tid: Kommunhuset';
    expect(collapse(clean)).toBe(clean);
    expect(collapse(' ')).toBe('');
  });

  it('lines cut from the compact copy are the same characters as a split', () => {
    const text = 'Protokoll\r\nBeslut – enligt förslag\nÄrende “3”\u2028\u2029rad\vslut\u0085x\n';
    const breaks = /\r\n|[\n\r\u2028\u2029\u0085\v]/g;
    expect(compactLines(text, breaks)).toEqual(text.split(breaks));
    // a wide character whose low byte is a line break (U+010A) breaks nothing in the copy
    expect(compactLines('aĊb\nc', breaks)).toEqual(['aĊb', 'c']);
  });
});
