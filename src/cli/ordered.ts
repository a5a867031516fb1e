// Work on several items at once, hand the results on strictly in input order. At most
// `window` items are started and not yet handed on, so memory stays flat however long
// the list: results are consumed as they come, never collected.

export async function inOrder<T, R>(
  items: Iterable<T>,
  window: number,
  start: (item: T) => Promise<R>,
  consume: (result: R, item: T) => Promise<void>,
  stopped: () => boolean,
): Promise<void> {
  const iterator = items[Symbol.iterator]();
  const pending: { item: T; result: Promise<R> }[] = [];
  const fill = (): void => {
    while (pending.length < window && !stopped()) {
      const next = iterator.next();
      if (next.done) return;
      const result = start(next.value);
      // a rejection is seen when its turn comes; one abandoned on stop must not go unhandled
      result.catch(() => undefined);
      pending.push({ item: next.value, result });
    }
  };
  fill();
  while (pending.length > 0 && !stopped()) {
    const head = pending.shift()!;
    await consume(await head.result, head.item);
    fill();
  }
}
