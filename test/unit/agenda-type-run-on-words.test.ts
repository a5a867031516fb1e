// A notice whose type column (`Information`, `Beslut`, `Diskussion`) a converter ran onto the
// title with one space, the page on one line or each point on its own: the plain word,
// capitalised after the title's last word, is the point's type and no part of its title.
// Lower-case, the same words are the title's own. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const POINTS = [
  '1. Mötets öppnande',
  '2. Ekonomisk uppföljning per mars Information',
  '3. Ansökan om medel för insatsen Bron Beslut',
  '4. Verksamhetsplan 2026 Diskussion',
  '5. Delårsrapport 2025 Beslut',
  '6. Övriga frågor',
];

const EXPECTED = [
  [1, 'Mötets öppnande', null],
  [2, 'Ekonomisk uppföljning per mars', 'information'],
  [3, 'Ansökan om medel för insatsen Bron', 'decision'],
  [4, 'Verksamhetsplan 2026', 'discussion'],
  [5, 'Delårsrapport 2025', 'decision'],
  [6, 'Övriga frågor', null],
];

describe("an agenda's type column run onto the title", () => {
  it('on a page run onto one line', () => {
    const doc = meetingDoc(
      text(`1 KALLELSE Styrelsen Samordningsförbundet Hagdalen Tid: 2025-04-10 kl. 09.00-12.00 Plats: Förbundets kansli Förslag till dagordning ${POINTS.join(' ')}`),
    );
    expect(doc.kind).toBe('notice');
    expect(doc.items.map((i) => [i.number, i.title, i.type])).toEqual(EXPECTED);
    expect(doc.items.map((i) => i.text)).toEqual(['', '', '', '', '', '']);
  });

  it('on a line of its own each', () => {
    const doc = meetingDoc(text('KALLELSE', 'Styrelsen, Samordningsförbundet Hagdalen', 'Tid: 2025-04-10 kl. 09.00-12.00', '', 'Dagordning', ...POINTS));
    expect(doc.items.map((i) => [i.number, i.title, i.type])).toEqual(EXPECTED);
  });

  it('lower-case, the words are the title\'s own', () => {
    const doc = meetingDoc(
      text('KALLELSE', 'Styrelsen, Samordningsförbundet Hagdalen', 'Tid: 2025-04-10', '', 'Dagordning', '1. Mötets öppnande', '2. Aktuell information', '3. Uppföljning av tidigare beslut', '4. Information', '5. Övriga frågor'),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.type])).toEqual([
      [1, 'Mötets öppnande', null],
      [2, 'Aktuell information', null],
      [3, 'Uppföljning av tidigare beslut', null],
      [4, 'Information', null],
      [5, 'Övriga frågor', null],
    ]);
  });
});
