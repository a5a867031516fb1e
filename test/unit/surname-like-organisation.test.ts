// A roll whose member's surname ends as a town does (`Maria Lövstad (M)`, `-stad` as in `Kristianstad`): the known given
// name before it says it is a person's name, so the roll goes on past it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const ITEM = ['', '§ 12 Val av justerare', 'Nämnden beslutar att utse Karl Holm att justera protokollet.'];

describe('a surname that ends as a town does', () => {
  it('is a member of the roll, and the roll goes on after it', () => {
    const doc = meetingDoc(
      text('PROTOKOLL', 'Socialnämnden', 'Sammanträdesdatum 2019-01-28', '', 'Beslutande', 'Anna Berg (C)', 'Karl Holm (C)', 'Maria Lövstad (M)', 'Jan Ström (KD)', 'Eva Lund (S)', ...ITEM),
    );
    expect(doc.participants.map((p) => [p.name, p.party])).toEqual([
      ['Anna Berg', 'C'],
      ['Karl Holm', 'C'],
      ['Maria Lövstad', 'M'],
      ['Jan Ström', 'KD'],
      ['Eva Lund', 'S'],
    ]);
  });

  it('in a table whose marks are glued to the party', () => {
    const doc = meetingDoc(
      text('PROTOKOLL', 'Socialnämnden', 'Sammanträdesdatum 2019-01-28', '', 'Beslutande', 'Anna Berg (C)X', 'Linnea Holmstad (M)X', 'Jan Ström (KD)X', ...ITEM),
    );
    expect(doc.participants.map((p) => p.name)).toEqual(['Anna Berg', 'Linnea Holmstad', 'Jan Ström']);
  });
});
