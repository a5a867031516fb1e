// An agenda table that an extractor wrote a cell a line (`3` / `Verksamhetsplan 2026` /
// `2025/38` / `Anna Ek`): a point titled as a group heading is (`5` / `Övriga frågor`) keeps
// its title, no group heading over the points after it, and a name alone under a point is its
// presenter, not its text. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const doc = meetingDoc(
  text(
    'KALLELSE', 'Styrelsen, Samordningsförbundet Norrdal', 'Tid: 2026-02-12 kl. 09.00', 'Plats: Kansliet', '',
    'Ärende', 'Dnr', 'Föredragande',
    '1', 'Mötets öppnande',
    '2', 'Verksamhetsplan 2026', '2025/38', 'Anna Ek',
    '3', 'Ekonomisk rapport', '2026/2', 'Förbundschef Per Holm',
    '4', 'Övriga frågor',
    '5', 'Mötets avslutande', '',
    'Välkomna!',
  ),
);

describe('an agenda table with a cell a line', () => {
  it('keeps a point titled as a group heading, with no section over the next point', () => {
    expect([item(doc, 4).title, item(doc, 5).title, item(doc, 5).section]).toEqual(['Övriga frågor', 'Mötets avslutande', null]);
  });

  it('reads a name alone under a point as its presenter', () => {
    expect([item(doc, 2).caseNumber, item(doc, 2).presenter, item(doc, 2).text]).toEqual(['2025/38', 'Anna Ek', '']);
    expect(item(doc, 3).presenter).toBe('Per Holm');
  });

  it('leaves a point without a name as it is (guard)', () => {
    expect([item(doc, 1).title, item(doc, 1).presenter]).toEqual(['Mötets öppnande', null]);
  });
});
