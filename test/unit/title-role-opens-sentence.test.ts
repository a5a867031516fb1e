// A § heading that is one sentence opening on a role and a name (`§ 1 Ordföranden Lisa Vik hälsade
// välkommen och förklarade mötet öppnat.`): no title cut off before the name, as an annual meeting
// writes one line a point; the role alone is never the title. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

describe('a sentence heading that opens on a role and a name', () => {
  it('is not cut after the role', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Fört vid årsmöte med Odlarföreningen Ekbacken 2024-04-18',
        '',
        '§ 1 Ordföranden Lisa Vik hälsade välkommen och förklarade mötet öppnat.',
        '§ 2 Dagordningen godkändes.',
      ),
    );
    expect(item(doc, 1).title).toBe('Ordföranden Lisa Vik hälsade välkommen och förklarade mötet öppnat');
  });
});
