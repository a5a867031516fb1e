// A point that is one line, a passive decision without its full stop (`6. Den utskickade dagordningen
// godkändes`, `7. Budgeten fastställdes`), as annual minutes type them: a decision, as the same line with
// its stop is. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const doc = meetingDoc(
  text('Protokoll från årsmöte 2022-04-05', '', '5. Till sekreterare valdes Eva Dal.', '6. Den utskickade dagordningen godkändes', '7. Budgeten fastställdes', '8. Övriga frågor'),
);

describe('a one-line passive decision without its stop', () => {
  it('decides', () => {
    expect(item(doc, 6).decisions.map((d) => d.text)).toEqual(['Den utskickade dagordningen godkändes']);
    expect(item(doc, 7).decisions.map((d) => d.text)).toEqual(['Budgeten fastställdes']);
  });

  it('a title without a verb does not', () => {
    expect(item(doc, 8).decisions).toEqual([]);
  });
});
