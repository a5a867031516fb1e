// A transcript's agenda page flattened onto one line whose first point lost its `1` with the
// hour before it (`… klockan Sammanträdet öppnas 2 Närvaro … 3 Val av justerare … 4 …`): the
// bare run starts at 2, where 3 and 4 follow it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { linesOf } from './helpers.js';

describe('a bare run of points whose 1 was lost', () => {
  it('is cut from 2 on', () => {
    const texts = linesOf(
      '1 FÖREDRAGNINGSLISTA 1 (6) Organ Plats Kulturnämnden Biblioteket, Ekby Tidpunkt Tisdagen den 9 juni 2026, klockan Sammanträdet öppnas ' +
        '2 Närvaro Närvaron kontrolleras vid upprop. 3 Val av justerare 4 Information om biblioteksplanen 5 Budget 2027\n',
    ).map((l) => l.text).filter((t) => t !== '');
    expect(texts.filter((t) => /^\d /u.test(t))).toEqual([
      '2 Närvaro Närvaron kontrolleras vid upprop.',
      '3 Val av justerare',
      '4 Information om biblioteksplanen',
      '5 Budget 2027',
    ]);
  });

  it('is not started at a 2 that no 3 and 4 follow', () => {
    const texts = linesOf('Kommunstyrelsen Ekby, klockan 13.00 i rum 2 Sal B Ärenden enligt bifogad lista. Därefter information om budgeten och planen.\n').map((l) => l.text).filter((t) => t !== '');
    expect(texts.some((t) => t.startsWith('2 Sal'))).toBe(false);
  });
});
