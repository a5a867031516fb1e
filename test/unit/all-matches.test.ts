// allMatches reads a global pattern's matches with exec; it must give what matchAll gives.
import { describe, expect, it } from 'vitest';
import { allMatches, eachMatch } from '../../src/text/patterns.js';

const same = (re: RegExp, text: string): void => {
  const want = [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => [m.index, ...m]);
  expect(allMatches(re, text).map((m) => [m.index, ...m])).toEqual(want);
};

describe('allMatches', () => {
  it.each<[RegExp, string]>([
    [/(\d{4})-(\d\d)-(\d\d)/g, 'Justerat 2024-05-10 och 2024-06-01, anslaget 2024-06-03'],
    [/\S+/gu, '  Anna  Ek (S)\tordförande '],
    [/(?<![\p{L}])(kl|klockan)\s*(\d{1,2})/giu, 'Tid: KL 13 – klockan 15, inklusive kl9'],
    [/x*/g, 'axxbx'],
    [/(?:)/gu, 'a😀b'],
    [/\b/g, 'två ord'],
    [/ingen/g, 'inget här'],
    [/(?<y>\d{4})/g, 'år 2023 och 2024'],
  ])('gives what matchAll gives: %s', (re, text) => same(re, text));

  it('starts at the beginning whatever lastIndex a test on the pattern left', () => {
    const re = /\d+/g;
    expect(re.test('ab 12 cd 34')).toBe(true);
    expect(allMatches(re, 'ab 12 cd 34').map((m) => m[0])).toEqual(['12', '34']);
    expect(re.lastIndex).toBe(0);
  });

  it('lets the caller run the same pattern again while it walks the matches', () => {
    const re = /\d/g;
    const seen: string[] = [];
    for (const m of allMatches(re, 'a1b2')) seen.push(m[0], ...allMatches(re, '9').map((n) => n[0]));
    expect(seen).toEqual(['1', '9', '2', '9']);
  });

  it('refuses a pattern that is not global, as matchAll does', () => {
    expect(() => allMatches(/\d/, '1')).toThrow(TypeError);
    expect(() => [...eachMatch(/\d/, '1')]).toThrow(TypeError);
  });
});

describe('eachMatch', () => {
  it.each<[RegExp, string]>([
    [/(\d{4})-(\d\d)-(\d\d)/g, 'Justerat 2024-05-10 och 2024-06-01, anslaget 2024-06-03'],
    [/x*/g, 'axxbx'],
    [/(?:)/gu, 'a😀b'],
    [/(?<![\p{L}])(kl|klockan)\s*(\d{1,2})/giu, 'Tid: KL 13 – klockan 15, inklusive kl9'],
  ])('gives what matchAll gives, one at a time: %s', (re, text) => {
    const want = [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => [m.index, ...m]);
    expect([...eachMatch(re, text)].map((m) => [m.index, ...m])).toEqual(want);
  });

  it('reads no further than the caller asks, and lets it use the pattern between steps', () => {
    const re = /\d+/g;
    const seen: string[] = [];
    for (const m of eachMatch(re, 'a1 b22 c333')) {
      seen.push(m[0], String(re.test('x9')), ...allMatches(re, '7 8').map((n) => n[0]));
      if (m[0] === '22') break;
    }
    expect(seen).toEqual(['1', 'true', '7', '8', '22', 'true', '7', '8']);
    expect(re.lastIndex).toBe(0);
  });
});
