// The chair's finding as the decision of a § with no decision heading: `Beslutsgång` /
// `Ordföranden ställer proposition … och finner att nämnden bifaller …`, the organ in lower case
// after `finner att`, a vote's counts between commas at most. A finding on how or when to decide,
// or one that rejects a motion to defer the case, decides nothing. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, minutes, text } from './helpers.js';

const decisionsIn = (organ: string, ...body: string[]): [string | null, string][] =>
  item(meetingDoc(minutes({ header: text('PROTOKOLL', organ, 'Sammanträdesdatum 2022-05-11', ''), items: text('§ 41 Detaljplan för Norrby 3:12', '', ...body) })), 41).decisions.map((d) => [d.by, d.text]);

describe('the chair’s finding decides', () => {
  it('under Beslutsgång, the meeting’s organ adopting a member’s motion', () => {
    expect(
      decisionsIn(
        'Bygg- och miljönämnden',
        'Yrkanden',
        'Per Åström (M) yrkar bifall till förvaltningens förslag.',
        '',
        'Beslutsgång',
        'Ordföranden ställer proposition på förslagen och finner att nämnden bifaller Per Åströms yrkande.',
      ),
    ).toEqual([['Nämnden', 'Ordföranden ställer proposition på förslagen och finner att nämnden bifaller Per Åströms yrkande.']]);
  });

  it('fullmäktige deciding by the board’s proposal', () => {
    expect(
      decisionsIn('Kommunfullmäktige', 'Beslutsgång', 'Ordföranden ställer proposition på bifall och avslag och finner att kommunfullmäktige beslutar enligt kommunstyrelsens förslag.'),
    ).toEqual([['Kommunfullmäktige', 'Ordföranden ställer proposition på bifall och avslag och finner att kommunfullmäktige beslutar enligt kommunstyrelsens förslag.']]);
  });

  it('with the counts of a vote between commas', () => {
    expect(decisionsIn('Socialnämnden', 'Proposition', 'Ordföranden finner att socialnämnden, med 7 ja-röster mot 4 nej-röster, antar Eva Lunds yrkande.')).toEqual([
      ['Socialnämnden', 'Ordföranden finner att socialnämnden, med 7 ja-röster mot 4 nej-röster, antar Eva Lunds yrkande.'],
    ]);
  });

  it('a finding on when to decide, or rejecting a referral back, decides nothing', () => {
    expect(
      decisionsIn(
        'Socialnämnden',
        'Beslutsgång',
        'Ordföranden frågar om ärendet ska avgöras i dag och finner att nämnden beslutar att ärendet ska avgöras i dag.',
        '',
        'Ordföranden ställer proposition på återremissyrkandet och finner att nämnden avslår återremissyrkandet.',
      ),
    ).toEqual([]);
  });

  it('another organ’s finding quoted in a board’s minutes is none of this meeting', () => {
    expect(decisionsIn('Bygg- och miljönämnden', 'Ordföranden ställer proposition och finner att kommunfullmäktige beslutar enligt kommunstyrelsens förslag.')).toEqual([]);
  });
});
