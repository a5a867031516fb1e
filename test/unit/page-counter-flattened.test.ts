// A page counter in another template's form (`Sidan 2(3)`, `Sidan 2 av 3`, `Blad 2 (3)`, `Sida 2 [3]`)
// that an extractor flattened into one line with the page's § heading after it: the counter is cut
// from the line, never read into the heading's title. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

describe('a page counter flattened into a line with the heading after it', () => {
  for (const counter of ['Sidan 2(3)', 'Sidan 2 av 3', 'Blad 2 (3)', 'Sida 2 [3]']) {
    it(`cuts \`${counter}\` from the heading`, () => {
      const text = [
        'Samordningsförbundet Ekvik Protokoll 2024-03-12',
        'Plats och tid: Stadshuset, Ekvik, kl. 13.00–15.00',
        'Beslutande: Anna Lindqvist (S), ordförande, Bo Ek (M)',
        '',
        '§ 1 Mötets öppnande',
        'Ordföranden öppnar mötet.',
        `${counter} § 2 Budget för 2025 Styrelsen beslutar att godkänna budgeten för nästa år och att uppdra åt förbundschefen att följa upp den.`,
        '',
      ].join('\n');
      const doc = meetingDoc(text);
      expect(doc.items.map((i) => i.title)).toEqual(['Mötets öppnande', 'Budget för 2025']);
      expect(JSON.stringify(doc.items)).not.toContain(counter);
    });
  }
});

describe('a page counter flattened between one page\'s text and the next page\'s heading', () => {
  for (const counter of ['Sidan 2(3)', 'Blad 2 (3)']) {
    it(`cuts \`${counter}\` from the body above and the heading after`, () => {
      const text = [
        'Samordningsförbundet Ekvik Protokoll 2024-03-12',
        'Plats och tid: Stadshuset, Ekvik, kl. 13.00–15.00',
        'Beslutande: Anna Lindqvist (S), ordförande, Bo Ek (M)',
        '',
        `§ 1 Mötets öppnande Ordföranden hälsar alla välkomna och öppnar mötet. ${counter} § 2 Budget för 2025 Styrelsen beslutar att godkänna budgeten för nästa år.`,
        '',
      ].join('\n');
      const doc = meetingDoc(text);
      expect(doc.items.map((i) => i.title)).toEqual(['Mötets öppnande', 'Budget för 2025']);
      expect(JSON.stringify(doc.items)).not.toContain(counter);
    });
  }
});
