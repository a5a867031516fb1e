// A converter's counter that says its count in words (`Sidan 2 av 3`, `Blad 2 av 3`, as `Page 2 of 14`
// and `Sida 2 av 3` do), flattened mid-sentence between the page above's text and the next page's
// heading: it is cut out wherever it stands, never read into the body or the title. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

describe('a worded page counter in the middle of a flattened line', () => {
  for (const counter of ['Sida 2 av 3', 'Sidan 2 av 3', 'Blad 2 av 3', 'SIDAN 2 AV 3']) {
    it(`cuts \`${counter}\``, () => {
      const text = [
        'Samordningsförbundet Ekvik Protokoll 2024-03-12',
        'Plats och tid: Stadshuset, Ekvik, kl. 13.00–15.00',
        'Beslutande: Anna Lindqvist (S), ordförande, Bo Ek (M)',
        '',
        `§ 1 Mötets öppnande Ordföranden hälsar alla välkomna och öppnar mötet i stadshuset ${counter} § 2 Budget för 2025 Styrelsen beslutar att godkänna budgeten.`,
        '',
      ].join('\n');
      const doc = meetingDoc(text);
      expect(doc.items.map((i) => i.title)).toEqual(['Mötets öppnande', 'Budget för 2025']);
      expect(JSON.stringify(doc.items)).not.toContain(counter);
    });
  }
});
