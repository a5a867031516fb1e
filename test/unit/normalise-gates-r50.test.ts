// The cheap first searches that stand before dear patterns must find what the patterns find. Every text is invented.
import { describe, expect, it } from 'vitest';
import { CANDIDATE, KIND_WORD, placedNumbers, titleKindWord } from '../../src/normalise/lost-signs.js';
import { LOWER_LETTER } from '../../src/text/letters.js';

const byPattern = (t: string): [number, number][] => [...t.matchAll(CANDIDATE)].map((m) => [Number(m[1]), m.index]);

// a small generator, the same strings on every run
function* randomTexts(count: number, parts: readonly string[]): Generator<string> {
  let seed = 11;
  const next = (k: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % k;
  };
  for (let r = 0; r < count; r++) {
    let t = '';
    for (let i = 1 + next(24); i > 0; i--) t += parts[next(parts.length)]!;
    yield t;
  }
}

describe('the numbers at a lost heading’s places', () => {
  it('are CANDIDATE’s matches, found after a search for a number between spaces before a capital', () => {
    const texts = [
      'Beslutet fattades. 33 Val av justerare. 34 Budget',
      'Miljönämnden 2023-03-14 3 41 Bygglov för förråd',
      'Dnr 2024/17 12 Taxor KS/2024:18 13 Avgifter',
      'Sida 2[9] 25 Ändring av dagordningen',
      'SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 14 Val av ordförande',
      'PROTOKOLL Mötesdatum 2 Öppnande',
      'beslutar 12 Val 12345 Val . 1234 Ärende . 12 a',
      '',
    ];
    for (const t of texts) expect(placedNumbers(t), t).toEqual(byPattern(t));
    expect(placedNumbers(texts[0]!)).toEqual([[33, texts[0]!.indexOf('33')], [34, texts[0]!.indexOf('34')]]);
  });

  it('agree with the pattern on random texts of its own characters (ſ, the Kelvin sign, İ, a surrogate pair)', () => {
    const parts = [' ', ' ', '1', '2', '3', '0', '.', '!', '?', '-', '/', ':', ')', ']', 'A', 'Ö', 'a', 'İ', 'ſ', '\u212a', '\n', '\t', '\ud83d\ude00', 'PROTOKOLL', 'Sammanträdesdatum', '2023-03-14', '2024/12'];
    for (const t of randomTexts(20_000, parts)) expect(placedNumbers(t), JSON.stringify(t)).toEqual(byPattern(t));
  });
});

// the first kind's word of an opening as the whole pattern, its lookbehind asked first at every place, finds it
const KIND_WORDS = new RegExp(KIND_WORD.source, 'giu');
const IN_SENTENCE = new RegExp(`[${LOWER_LETTER}] $`, 'u');
function byWholePattern(opening: string): string {
  for (const m of opening.matchAll(KIND_WORDS)) if (!IN_SENTENCE.test(opening.slice(Math.max(0, m.index - 2), m.index))) return `${m.index}:${m[0]}`;
  return 'none';
}
const asKey = (m: RegExpExecArray | null): string => (m ? `${m.index}:${m[0]}` : 'none');

describe('the first kind’s word of an opening', () => {
  it('is the one the whole pattern finds, its lookbehind asked only where the word matched', () => {
    const texts = [
      'Östby kommun PROTOKOLL Kommunstyrelsen',
      'Anmälan av protokoll från styrelsen. Kallelse till möte',
      'Styrelseprotokoll Protokoll',
      '\u212aProtokoll kallelse',
      'xprotokoll Minnesanteckningar',
      '',
    ];
    for (const t of texts) expect(asKey(titleKindWord(t)), t).toBe(byWholePattern(t));
    expect(asKey(titleKindWord(texts[1]!))).toBe(`${texts[1]!.indexOf('Kallelse')}:Kallelse`);
  });

  it('agrees with the whole pattern on random texts of kinds’ words run together (ſ, the Kelvin sign, İ, an astral letter)', () => {
    const parts = [' ', ' ', 'a', 'x', 'Å', 'é', 'ſ', '\u212a', 'İ', '\n', '.', '1', '\ud835\udc00', 'protokoll', 'PROTOKOLL', 'Protokoll', 'kallelse', 'minnesanteckningar', 'sammanträdesprotokoll', 'dagordning', 'protokollsutdrag'];
    for (const t of randomTexts(20_000, parts)) expect(asKey(titleKindWord(t)), JSON.stringify(t)).toBe(byWholePattern(t));
  });
});
