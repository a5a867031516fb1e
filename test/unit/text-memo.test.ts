import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { TextMemo, ownCopy } from '../../src/text/memo.js';

describe('TextMemo', () => {
  it('answers each text once, a null answer included', () => {
    const asked: string[] = [];
    const memo = new TextMemo<string | null>(10, (t) => (asked.push(t), t.startsWith('Plats') ? 'place' : null));
    expect([memo.get('Plats och tid'), memo.get('Okke Strand'), memo.get('Plats och tid'), memo.get('Okke Strand')]).toEqual(['place', null, 'place', null]);
    expect(asked).toEqual(['Plats och tid', 'Okke Strand']);
  });

  it('forgets everything at its bound and answers again', () => {
    let calls = 0;
    const memo = new TextMemo<number>(2, (t) => (calls++, t.length));
    for (const t of ['a', 'bb', 'ccc', 'a']) memo.get(t);
    // `ccc` found two answers held: they were forgotten, so `a` was asked again
    expect(calls).toBe(4);
  });

  it('keeps a copy equal to the text it was given', () => {
    const page = `Plats och tid Stadshuset ${'x'.repeat(10_000)}`;
    expect(ownCopy(page.slice(0, 24))).toBe('Plats och tid Stadshuset');
    expect(ownCopy('')).toBe('');
  });

  it('does not keep the long texts its keys were sliced from alive', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const memo = new TextMemo<number>(1000, (t) => t.length);
    gc();
    const before = process.memoryUsage().heapUsed;
    // 50 pages of 1 MB each, one cell of each remembered: a memo holding slices would keep 50 MB
    for (let i = 0; i < 50; i++) memo.get(`Sida ${i} Beslutande Okke Strand (S) ${String(i).repeat(1_000_000)}`.slice(0, 40));
    gc();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(10_000_000);
  });
});
