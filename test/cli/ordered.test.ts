// The in-order window behind batch runs: results leave in input order, and no more than
// `window` items are ever started and not yet handed on (what keeps memory flat).
import { describe, expect, it } from 'vitest';
import { inOrder } from '../../src/cli/ordered.js';

/** Resolves after `ticks` turns of the event loop: later items often finish first. */
const after = <T>(ticks: number, value: T): Promise<T> =>
  new Promise((resolve) => {
    const step = (n: number): void => void (n === 0 ? resolve(value) : setImmediate(step, n - 1));
    step(ticks);
  });

describe('inOrder', () => {
  it('hands results on in input order with at most `window` in flight', async () => {
    const items = Array.from({ length: 200 }, (_, i) => i);
    let open = 0;
    let most = 0;
    const seen: number[] = [];
    await inOrder(
      items,
      8,
      (i) => {
        open++;
        most = Math.max(most, open);
        return after((i * 7) % 13, i * 10);
      },
      async (result, item) => {
        open--;
        expect(result).toBe(item * 10);
        seen.push(item);
      },
      () => false,
    );
    expect(seen).toEqual(items);
    expect(most).toBe(8);
  });

  it('starts nothing more once stopped, and an abandoned rejection stays handled', async () => {
    const started: number[] = [];
    const seen: number[] = [];
    await inOrder(
      Array.from({ length: 50 }, (_, i) => i),
      4,
      (i) => {
        started.push(i);
        return i === 5 ? Promise.reject(new Error('never looked at')) : after(1, i);
      },
      async (i) => void seen.push(i),
      () => seen.length >= 3,
    );
    expect(seen).toEqual([0, 1, 2]);
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('passes a rejection on when its turn comes', async () => {
    await expect(inOrder([1, 2, 3], 2, (i) => (i === 2 ? Promise.reject(new Error('boom')) : after(3, i)), async () => undefined, () => false)).rejects.toThrow('boom');
  });
});
