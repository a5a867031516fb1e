// A notice whose page a web archive ran onto one line, closing right after its last point:
// `… 6. Mötets avslutande Välkomna! Per Holm, ordförande`. The normaliser cuts the line at the
// greeting; the greeting's line, with the signer after it, is then no wrapped rest of the last
// point's title (nor its text). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe("a notice's closing run on after its last point", () => {
  it('on one line with the points: the greeting and the signer are no part of the last point', () => {
    const doc = meetingDoc(
      text('KALLELSE Styrelsen för Samordningsförbundet Åsdal Tid: 2026-05-07 kl. 13.00 Plats: Förbundets kansli Dagordning 1. Mötets öppnande 2. Val av justerare 3. Budget 2027 4. Mötets avslutande Välkomna! Per Holm, ordförande'),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.text])).toEqual([
      [1, 'Mötets öppnande', ''],
      [2, 'Val av justerare', ''],
      [3, 'Budget 2027', ''],
      [4, 'Mötets avslutande', ''],
    ]);
  });

  it('on the line under the last title: the same', () => {
    const doc = meetingDoc(
      text('KALLELSE', 'Styrelsen för Samordningsförbundet Åsdal', 'Tid: 2026-05-07 kl. 13.00', 'Plats: Förbundets kansli', 'Dagordning', '1. Mötets öppnande', '2. Övriga frågor', '3. Mötets avslutande', 'Varmt välkomna! Per Holm, ordförande'),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.text])).toEqual([
      [1, 'Mötets öppnande', ''],
      [2, 'Övriga frågor', ''],
      [3, 'Mötets avslutande', ''],
    ]);
  });
});
