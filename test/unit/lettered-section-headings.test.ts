// Group headings marked with a letter (`A. Beslutsärenden`, `B) Informationsärenden`) over an
// agenda's numbered points: the group each point stands under, its name without the letter,
// never the end of the point above's title. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('lettered group headings', () => {
  it.each([['A.', 'B.'], ['A)', 'B)']])('%s Beslutsärenden … %s Informationsärenden', (a, b) => {
    const doc = meetingDoc(
      text('KALLELSE', 'Kultur- och fritidsnämnden', 'Tid: 2024-04-10 kl. 18.00', '', `${a} Beslutsärenden`, '1. Val av justerare', '2. Budgetuppföljning', `${b} Informationsärenden`, '3. Rapport från förvaltningen'),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.section, i.type])).toEqual([
      [1, 'Val av justerare', 'Beslutsärenden', 'decision'],
      [2, 'Budgetuppföljning', 'Beslutsärenden', 'decision'],
      [3, 'Rapport från förvaltningen', 'Informationsärenden', 'information'],
    ]);
  });
});
