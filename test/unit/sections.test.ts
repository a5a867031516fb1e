// Group headings of an agenda (`Information`, `Beslutsärenden`) written as table rows of
// their own, with no blank line around them: each types the items under it. Invented text.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

describe('group headings in an agenda table', () => {
  it('a heading row right above the first item and one right above a later item', () => {
    const doc = meetingDoc(
      [
        'KALLELSE',
        'Kommunstyrelsen',
        'Datum: 2024-02-06',
        '',
        '| Nr | Ärende |',
        '|---|---|',
        '| | Information |',
        '| 1. | Information om budgetläget |',
        '| 2. | Information från förvaltningen |',
        '| | Beslutsärenden |',
        '| 3. | Taxa för bygglov 2024 |',
      ].join('\n'),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.section, i.type])).toEqual([
      [1, 'Information om budgetläget', 'Information', 'information'],
      [2, 'Information från förvaltningen', 'Information', 'information'],
      [3, 'Taxa för bygglov 2024', 'Beslutsärenden', 'decision'],
    ]);
  });
});
