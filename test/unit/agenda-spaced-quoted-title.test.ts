// A web page's agenda whose points are a number and a title one space apart (`2 Anmälan av …`),
// one title opening with a quotation mark (`3 ”Fler bänkar i parken” Svar på medborgarförslag`),
// group headings (`Remisser`) between the points: the quoted title is a point like the others,
// and the run of points goes on after it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { text } from './helpers.js';

const agenda = text(
  'Kallelse',
  '',
  'Stadsdelsnämnden Ekby',
  'Sammanträde 2023-05-16 kl. 18.00',
  'Plats: Ekbacksalen, Storgatan 4',
  '',
  '1 Utseende av justerare',
  '',
  '2 Anmälan av medborgarförslag om en ny lekplats i Ekby',
  '',
  '3 ”Fler bänkar i parken” Svar på medborgarförslag',
  '',
  'Dnr: 1.2.3-114-2023',
  '',
  '4 Förslag till program för upprustning av Ekby strand',
  '',
  'Remisser',
  '',
  '5 Förslag till detaljplan för Ekby bussdepå',
  '',
  '6 Anmälan av delegationsbeslut',
);

describe("a spaced agenda's quoted title", () => {
  it('is a point, and the points after it are read', () => {
    const doc = parse(agenda).documents[0]!;
    expect(doc.kind).toBe('notice');
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Utseende av justerare'],
      [2, 'Anmälan av medborgarförslag om en ny lekplats i Ekby'],
      [3, '”Fler bänkar i parken” Svar på medborgarförslag'],
      [4, 'Förslag till program för upprustning av Ekby strand'],
      [5, 'Förslag till detaljplan för Ekby bussdepå'],
      [6, 'Anmälan av delegationsbeslut'],
    ]);
    expect(doc.items[2]!.caseNumber).toBe('1.2.3-114-2023');
    expect(doc.items[4]!.section).toBe('Remisser');
  });
});
