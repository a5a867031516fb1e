// A transcript's short last page, the document's counter before the § that opens it, in other
// templates' forms (`Sidan 4 (4) § 73 Meddelanden`, `Blad 4 (4) § 73 …`): the counter goes, the
// § heading stays. Every text is invented.
import { describe, expect, it } from 'vitest';
import { shortPage } from '../../src/normalise/transcript-pages.js';

describe('a short page whose counter stands before its §', () => {
  for (const counter of ['4 (4)', 'Sida 4 (4)', 'Sidan 4 (4)', 'Blad 4 (4)', 'SIDAN 4 (4)', 'Sid. 4 [4]']) {
    it(`cuts \`${counter}\``, () => {
      expect(shortPage(`${counter} § 73 Meddelanden`, 3)).toEqual({ text: '§ 73 Meddelanden', page: null });
    });
  }

  it('keeps a counter that counts down (no page: a case number)', () => {
    expect(shortPage('Sidan 5 (4) § 73 Meddelanden', 3)).toBeNull();
  });
});
