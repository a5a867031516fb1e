// Sweep 8: an extract of one § of a council's minutes (`KF § 112   Dnr KS 2021/455`) whose
// decision is a numbered list (`1. Budget för 2022 fastställs …`, `2. Skattesatsen …`). Two
// numbered points outnumbered the one §, so the points became the items and the § was lost
// with its motions, vote and case number. Invented text.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

describe('one § over a numbered list of what it decided', () => {
  it('is the item, the list its decisions', () => {
    const doc = meetingDoc([
      'PROTOKOLLSUTDRAG',
      'Kommunfullmäktige',
      'Sammanträdesdatum 2021-11-29',
      '',
      'KF § 112                                    Dnr KS 2021/455',
      '',
      'Budget 2022 och plan för 2023-2024',
      '',
      'Yrkanden',
      'Lars Ek (M) yrkar bifall till kommunstyrelsens förslag.',
      '',
      'Omröstningsresultat: 28 ja-röster, 11 nej-röster och 2 avstår.',
      '',
      'Kommunfullmäktiges beslut',
      '1. Budget för 2022 fastställs enligt kommunstyrelsens förslag.',
      '2. Skattesatsen för 2022 fastställs till 21,50 kronor.',
    ].join('\n'));
    expect(doc.items).toHaveLength(1);
    const item = doc.items[0]!;
    expect([item.number, item.title, item.caseNumber]).toEqual([112, 'Budget 2022 och plan för 2023-2024', 'KS 2021/455']);
    expect(item.decisions.map((d) => d.text)).toEqual([
      'Budget för 2022 fastställs enligt kommunstyrelsens förslag.',
      'Skattesatsen för 2022 fastställs till 21,50 kronor.',
    ]);
    expect(item.votes[0]).toMatchObject({ yes: 28, no: 11, abstain: 2 });
  });
});
