// An anslag block whose labels say the posting's first day as `Datum för anslags upprättande` and where the minutes
// are kept as `Protokollet finns hos …`, on the front page or after the last §. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const HEAD = ['PROTOKOLL', 'Tekniska nämnden', 'Datum: 2024-03-06', 'Tid: kl. 13.00–15.00', 'Plats: Förvaltningshuset, Ådalen', ''];
const BLOCK = [
  'ANSLAGSBEVIS',
  'Protokollet är justerat. Justeringen har tillkännagivits genom anslag',
  'Forum                               Tekniska nämnden',
  'Sammanträdesdatum                   2024-03-06',
  'Datum för anslags upprättande       2024-03-12',
  'Datum för anslags nedtagande        2024-04-03',
  'Protokollet finns hos               Kommunkansliet, Ådalen',
  '',
];
const ITEMS = ['§ 10 Val av justerare', 'Britt Malm utses att justera protokollet.', '', '§ 11 Snöröjning', 'Tekniska nämnden godkänner planen för snöröjning.', ''];

describe('more labels of an anslag block', () => {
  it('reads them on the front page', () => {
    const doc = meetingDoc([...HEAD, ...BLOCK, ...ITEMS].join('\n'));
    expect(doc.signatures).toMatchObject({ posted: { from: '2024-03-12', to: '2024-04-03' }, storedAt: 'Kommunkansliet, Ådalen' });
  });

  it('reads them after the last §', () => {
    const doc = meetingDoc([...HEAD, ...ITEMS, ...BLOCK].join('\n'));
    expect(doc.signatures).toMatchObject({ posted: { from: '2024-03-12', to: '2024-04-03' }, storedAt: 'Kommunkansliet, Ådalen' });
    expect(doc.items.at(-1)!.text).toBe('Tekniska nämnden godkänner planen för snöröjning.');
  });
});
