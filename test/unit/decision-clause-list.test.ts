// A decision clause in `att` form followed by a line that announces a specification and the
// list under it (`att godkänna … se specifikation nedan.` / `Utökningen består av:` / `• …`),
// as kommunalförbund directions write budget decisions: the list is that clause's, not a
// decision of its own. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc } from './helpers.js';

const decided = (...body: string[]): string[] =>
  item(meetingDoc(['Direktionens protokoll 14 mars 2024', '', 'Direktionens ledamöter', 'Greta Vinge (S), ordförande', '', '14 § Ram för 2025', '', ...body].join('\n')), 14).decisions.map((d) => d.text);

describe('a specification under an `att` clause', () => {
  it('goes on with the clause; the next `att` clause is a decision of its own', () => {
    expect(
      decided(
        'Direktionen beslutar',
        '',
        'att godkänna en utökad ram med 9 000 000 kronor, se specifikation nedan.',
        'Utökningen består av:',
        '',
        ' • Löneöversyn: 3 000 000 kronor',
        ' • Nya fordon: 6 000 000 kronor',
        '',
        'att överlämna beslutet till medlemskommunerna.',
      ),
    ).toEqual([
      'godkänna en utökad ram med 9 000 000 kronor, se specifikation nedan.\nUtökningen består av:\nLöneöversyn: 3 000 000 kronor\nNya fordon: 6 000 000 kronor',
      'överlämna beslutet till medlemskommunerna.',
    ]);
  });

  it('a clause that decides by itself after the colon’s line stays its own', () => {
    expect(decided('Beslut', '', 'Nämnden godkänner rapporten.', 'Till arbetsgrupp utses:', 'Eva Ek', 'Bo Al')).toEqual(['Nämnden godkänner rapporten.', 'Till arbetsgrupp utses: Eva Ek Bo Al']);
  });
});
