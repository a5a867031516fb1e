// A table of contents flattened onto one line whose transcript lost an entry's number
// (`… 53 Delårsrapport 5 Motion om parkbänkar 6`): the entry before runs on over the lost one,
// and must not complete the § title with it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a contents entry whose next number was lost', () => {
  it('ends at its page number, and the § keeps its own title', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Kommunstyrelsen 2026-03-02',
        '',
        '3 Sida 3 (9) Innehållsförteckning 51 Val av justerare 3 52 Budget 2026 4 53 Delårsrapport 5 Motion om parkbänkar 6',
        '',
        '§ 51 Val av justerare',
        'Per Ask (M) utses att justera protokollet.',
        '',
        '§ 52 Budget 2026',
        'Kommunstyrelsens beslut',
        'Budgeten antas.',
        '',
        '§ 53 Delårsrapport',
        'Kommunstyrelsens beslut',
        'Delårsrapporten godkänns.',
        '',
        '§ 54 Motion om parkbänkar',
        'Kommunstyrelsens beslut',
        'Motionen bifalls.',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [51, 'Val av justerare'],
      [52, 'Budget 2026'],
      [53, 'Delårsrapport'],
      [54, 'Motion om parkbänkar'],
    ]);
  });
});
