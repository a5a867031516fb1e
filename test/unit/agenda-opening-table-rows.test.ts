// An agenda table whose first rows have no number (`|  | Val av justerare |  | Ordinarie: … Ersättare: … |`),
// a group heading row (`Information`) between them and point 1: each such row that names an opening
// formality is a point without a number, the rest of its row (and the lines its cell wraps onto) its
// proposal, and a label in that cell (`Ersättare:`) makes no participant of the front page. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const notice = (...rows: string[]): string =>
  text(
    'KALLELSE',
    '',
    'Miljönämnden',
    '',
    'Sammanträde onsdagen den 14 februari 2024 kl. 09.00',
    'Sjörummet, Hamngatan 4',
    '',
    '|  | Ärende | Beteckning | Förslag |',
    '| --- | --- | --- | --- |',
    ...rows,
    '| 1. | Information om<br>tillsynsplanen 2024 | 2024-00031 |  |',
    '| 2. | Information från<br>förvaltningen | 2024-00032 |  |',
    '|  | Beslutsärenden |  |  |',
    '| 3. | Taxa för tillsyn 2024 | 2023-00412 | Förslag till beslut<br>Miljönämnden antar taxan. |',
    '| 4. | Delegationsordning | 2023-00415 | Förslag till beslut<br>Miljönämnden antar ordningen. |',
  );

describe('an agenda table’s unnumbered opening rows', () => {
  it('a row naming the adjusters, over a group heading row, is a point without a number', () => {
    const doc = meetingDoc(notice('|  | Val av justerare |  | Ordinarie: Tuva Brandt (C)<br>Ersättare: Olof Rask (M) |', '|  | Information |  |  |'));
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [null, 'Val av justerare'],
      [1, 'Information om tillsynsplanen 2024'],
      [2, 'Information från förvaltningen'],
      [3, 'Taxa för tillsyn 2024'],
      [4, 'Delegationsordning'],
    ]);
    const first = doc.items[0]!;
    expect(first.section).toBeNull();
    expect(first.proposal).toContain('Tuva Brandt');
    expect(doc.items[1]!.section).toBe('Information');
    // (the label in the point's cell is no deputy of the front page)
    expect(doc.participants).toEqual([]);
  });

  it('two opening rows, the roll call above the adjusters', () => {
    const doc = meetingDoc(notice('|  | Upprop |  |  |', '|  | Val av justerare |  | Ordinarie: Tuva Brandt (C) |', '|  | Information |  |  |'));
    expect(doc.items.slice(0, 3).map((i) => [i.number, i.title])).toEqual([
      [null, 'Upprop'],
      [null, 'Val av justerare'],
      [1, 'Information om tillsynsplanen 2024'],
    ]);
  });

  it('not a row that names no opening formality', () => {
    const doc = meetingDoc(notice('|  | Anmälningar |  | Se bilaga |', '|  | Information |  |  |'));
    expect(doc.items[0]!.number).toBe(1);
  });
});
