// Minutes whose header names no organ, deciding in the past by the organ's noun alone: `Nämnden
// beslöt att anta planen.`, and under a `Beslut` heading `Nämnden beslöt enhälligt att …`. A
// dated sentence (`Nämnden beslutade 2021-03-04 att …`) tells the case's history, and in another
// organ's minutes `Nämnden beslöt …` is that nämnd's. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, minutes, text } from './helpers.js';

const decisionsIn = (header: string[], ...body: string[]): [string | null, string][] =>
  item(meetingDoc(minutes({ header: text(...header, ''), items: text('§ 12 Plan för lekplatser', '', ...body) })), 12).decisions.map((d) => [d.by, d.text]);
const NO_ORGAN = ['PROTOKOLL', 'Sammanträdesdatum 2022-05-11'];

describe('the organ’s noun alone, in the past, where no organ is named', () => {
  it('a sentence of the body', () => {
    expect(decisionsIn(NO_ORGAN, 'Nämnden beslöt att anta planen för lekplatser.')).toEqual([['Nämnden', 'Nämnden beslöt att anta planen för lekplatser.']]);
  });

  it('the clause under a decision heading', () => {
    expect(decisionsIn(NO_ORGAN, 'Beslut', 'Nämnden beslöt enhälligt att höja avgiften.')).toEqual([['Nämnden', 'Nämnden beslöt enhälligt att höja avgiften.']]);
  });

  it('a dated sentence is the case’s history', () => {
    expect(decisionsIn(NO_ORGAN, 'Nämnden beslutade 2021-03-04 att anta en första plan.')).toEqual([]);
  });

  it('in another organ’s minutes it is that nämnd’s decision', () => {
    expect(decisionsIn(['PROTOKOLL', 'Kommunstyrelsen', 'Sammanträdesdatum 2022-05-11'], 'Nämnden beslöt att anta planen för lekplatser.')).toEqual([]);
  });
});
