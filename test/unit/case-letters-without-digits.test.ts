// A heading whose case number lost its digits in a web transcript, its register's letters left
// after the label: `MN 12 Dnr MN Information om …`, `2 Nämnden 1 Dnr A Yttrande …`. The letters
// are no title: the title is the text after them. Seen in two bodies' transcripts (a building
// committee's `Dnr MB`, another's `Dnr A`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { emptyCaseLabel } from '../../src/text/case-number.js';
import { meetingDoc, text } from './helpers.js';

describe('a case number label whose number lost its digits', () => {
  it('leaves the register’s letters out of the title', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Miljönämnden 2024-03-12',
        '',
        '§ 12 Dnr MN Information om tillsynsplanen',
        'Miljöchefen informerar om tillsynsplanen för året.',
        '',
        '§ 13 Dnr A Yttrande över remiss om avfallsplan',
        'Miljönämnden beslutar att lämna yttrandet.',
        '',
        '§ 14 Dnr BN/',
        'Delegationsbeslut',
        'Miljönämnden beslutar att lägga redovisningen till handlingarna.',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.caseNumber, i.title])).toEqual([
      [12, null, 'Information om tillsynsplanen'],
      [13, null, 'Yttrande över remiss om avfallsplan'],
      [14, null, 'Delegationsbeslut'],
    ]);
  });

  it('takes only capitals before a title’s word (guards: a title in capitals, a compound, a number with digits)', () => {
    expect(emptyCaseLabel('Dnr MN Information om tillsynsplanen')).toBe(7);
    expect(emptyCaseLabel('Dnr A Yttrande')).toBe(6);
    expect(emptyCaseLabel('Dnr BN/')).toBe(7);
    expect(emptyCaseLabel('Dnr VAL AV JUSTERARE')).toBe(4);
    expect(emptyCaseLabel('Dnr LSS-boende i Norrby')).toBe(4);
    expect(emptyCaseLabel('Dnr MN 2024/12 Information')).toBe(0);
  });
});
