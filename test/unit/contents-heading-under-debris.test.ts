// A sharing site's debris before a contents list (`18` / `0` / `Loading …` / `Ärendeförteckning` /
// `§ 1 Val av justerare ... 4`): the heading is no part of the first entry's title; and an entry that runs on
// into its case number and what the case is (`§ 4 Inkomna motioner Dnr 12-3-2026 Eva Ek (C) har …`) is titled before it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a contents heading under a site’s debris', () => {
  it('leaves the first entry its own title', () => {
    const doc = meetingDoc(
      text(
        'Tekniska nämnden Sammanträdesprotokoll Ärendeförteckning',
        '',
        'Copied!',
        '12',
        '0',
        '',
        'Loading    (view fulltext now)',
        '',
        'Ärendeförteckning',
        '',
        '§ 1 Val av justerare ... 3',
        '',
        '§ 2 Godkännande av dagordning ... 3',
        '',
        '§ 3 Taxa för slamtömning 2027 ... 4',
        '',
        '§ 4 Inkomna motioner Dnr 12-3-2026 Eva Ek (C) har inkommit med motionen Fler parkbänkar vid',
        '',
        'stranden ... 5',
        '',
        '§ 5 Dnr 2026/9 Information ... 6',
        '',
        'Tid och plats onsdagen den 4 februari 2026 kl 09.00-11.00 Rådhuset, Ekby',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Val av justerare'],
      [2, 'Godkännande av dagordning'],
      [3, 'Taxa för slamtömning 2027'],
      [4, 'Inkomna motioner'],
      [5, 'Information'],
    ]);
  });
});
