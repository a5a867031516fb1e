// Minutes whose points are numbered `1.`, `2.`, … with a proposal or a decision whose clauses are
// numbered from 1 again inside a point (`Förslag till beslut` / `1. …` / `2. …` / `3. …` / `4. …`):
// the clauses stay in the point, even the one whose number is the next point's; the next point is
// the one after the list. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const doc = meetingDoc(
  text(
    'PROTOKOLL',
    'Styrelsen',
    'Sammanträdesdatum 2024-03-14',
    '',
    '1. Mötets öppnande',
    'Ordföranden öppnar mötet.',
    '',
    '2. Val av justerare',
    'Elin Dahl väljs att justera protokollet.',
    '',
    '3. Budget 2025',
    'Förbundschefen redogör för budgeten.',
    'Förslag till beslut',
    '1. Budgeten godkänns.',
    '2. Förbundschefen får i uppdrag att följa upp budgeten.',
    '3. Uppföljningen redovisas i juni.',
    '4. Medlemmarna informeras om budgeten.',
    'Styrelsen beslutar enligt förslaget.',
    '',
    '4. Verksamhetsplan 2025',
    'Styrelsen godkänner verksamhetsplanen.',
    '',
    '5. Mötets avslutande',
    'Ordföranden avslutar mötet.',
  ),
);

describe('clauses numbered from 1 inside a point', () => {
  it('are no points', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Mötets öppnande'],
      [2, 'Val av justerare'],
      [3, 'Budget 2025'],
      [4, 'Verksamhetsplan 2025'],
      [5, 'Mötets avslutande'],
    ]);
  });

  it('stay in the point`s proposal', () => {
    expect(doc.items[2]!.proposal).toContain('4. Medlemmarna informeras om budgeten.');
    expect(doc.items[3]!.decisions.map((d) => d.text)).toEqual(['Styrelsen godkänner verksamhetsplanen.']);
  });
});
