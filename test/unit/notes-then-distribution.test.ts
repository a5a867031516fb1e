// A § that closes with a protocol note and then where the decision is sent (`Protokollsanteckning`
// / `Anna Ek (M) lämnar en protokollsanteckning.` / `Beslutet expedieras till:` / `Akten`), as
// municipal minutes end a §: the distribution is no note. Every text is invented.
import { describe, expect, it } from 'vitest';
import { processOf } from './process-helpers.js';

const notes = (...lines: string[]): string[] => processOf(lines.join('\n')).notes;

describe('a distribution after the notes', () => {
  it.each([
    ['Beslutet expedieras till:', 'Kommundirektören', 'Akten'],
    ['Kopia till', 'Ekonomienheten'],
    ['Utdrag: Ekonomienheten, Akten'],
  ])('%s is no note', (...distribution) => {
    expect(
      notes('Beslut', 'Nämnden godkänner rapporten.', '', 'Protokollsanteckningar', 'Per Lindvall (M) lämnar en protokollsanteckning om att frågan bör utredas.', '', ...distribution),
    ).toEqual(['Per Lindvall (M) lämnar en protokollsanteckning om att frågan bör utredas.']);
  });

  it('a second note after the first is still one', () => {
    expect(notes('Protokollsanteckning', 'Per Lindvall (M) anser att taxan är för hög.', '', 'Eva Sjö (C) instämmer i anteckningen.')).toEqual([
      'Per Lindvall (M) anser att taxan är för hög.',
      'Eva Sjö (C) instämmer i anteckningen.',
    ]);
  });
});
