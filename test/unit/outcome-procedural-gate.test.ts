// namesProcedure asks a plain hint of PROCEDURAL's words before the pattern: it must answer as the pattern alone does.
import { describe, expect, it } from 'vitest';
import { PROCESS } from '../../src/lexicon/sv.js';
import { namesProcedure } from '../../src/parse/process/outcome.js';
import { ANY_LETTER } from '../../src/text/letters.js';
import { alternation } from '../../src/text/patterns.js';

const PATTERN = new RegExp(`(?<![${ANY_LETTER}])[${ANY_LETTER}]*(?:${alternation(PROCESS.procedural)})`, 'iu');

describe('namesProcedure', () => {
  it('finds what the procedural pattern alone finds, in any case, with folded letters and odd spaces', () => {
    let x = 7;
    const next = (n: number): number => ((x = (x * 48271) % 2147483647), x % n);
    const cuts = ['', ' ', '  ', '\t', '\n', 'x', 'ſ', 'K', '-', 'Å', 'åter'];
    let found = 0;
    for (let k = 0; k < 4000; k++) {
      const p = PROCESS.procedural[next(PROCESS.procedural.length)]!;
      const from = next(3) ? 0 : next(p.length);
      const cased = next(2) ? p.toUpperCase() : p;
      const piece = cased.slice(from).replace(/ /g, cuts[next(cuts.length)]!).replace(/s/gi, (s) => (next(4) ? s : 'ſ')).replace(/k/gi, (c) => (next(5) ? c : '\u212a'));
      const text = `${cuts[next(cuts.length)]}${piece}${cuts[next(cuts.length)]}`;
      expect(namesProcedure(text), JSON.stringify(text)).toBe(PATTERN.test(text));
      if (PATTERN.test(text)) found++;
    }
    expect(found).toBeGreaterThan(500);
    expect(found).toBeLessThan(4000);
  });
});
