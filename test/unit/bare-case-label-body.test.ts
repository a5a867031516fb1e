// A § whose case number's label stands with no number after the title (`KF 2 Val av justerare Dnr Fullmäktige utser
// …`): a procedural § of a template that prints the label for every §, or a transcript that lost the number's digits.
// The bare label opens no text: the sentence after it is the § body, and decides where it does. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const TEXT = `PROTOKOLL
Kommunfullmäktige
Sammanträdesdatum 2011-01-27

KF 1 Upprop Dnr Ordföranden hälsar ledamöterna välkomna. Upprop förrättas och 30 ledamöter antecknas som närvarande.

KF 2 Val av justerare Dnr Fullmäktige utser Eva Ek och Bo Ås att justera protokollet.

KF 3 Budget 2012 Dnr 2011/14 Kommunfullmäktige beslutar att anta budgeten.
`;

describe('a bare case label after the title', () => {
  it('is no part of the § text, which decides by itself', () => {
    const doc = meetingDoc(TEXT);
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber, i.decisions.length])).toEqual([
      [1, 'Upprop', null, 0],
      [2, 'Val av justerare', null, 1],
      [3, 'Budget 2012', '2011/14', 1],
    ]);
    expect(doc.items[1]!.text).toMatch(/^Fullmäktige utser/u);
  });
});
