// Association and board minutes that tell a proposal and its adoption in one sentence, with no
// decision heading over it (`Ordföranden föreslog att dagordningen fastställs, vilket godkändes.`):
// the sentence is the item's decision. A proposal left open (`… föreslår att …` alone) and an
// earlier meeting's adoption are none. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const minutesWith = (sentence: string): string =>
  ['PROTOKOLL', 'Styrelsen för Samordningsförbundet Ekby', 'Datum: 2021-03-04', 'Plats: Folkets hus, Ekby', '', '§ 2 Val av justerare', sentence, '', '§ 3 Övrigt', 'Inget att rapportera.', ''].join('\n');
const decisionsOf = (sentence: string): string[] => meetingDoc(minutesWith(sentence)).items[0]!.decisions.map((d) => d.text);

describe('a proposal adopted in its own sentence', () => {
  it('is the decision, in the past passive', () => {
    const s = 'Ordföranden föreslog Lisa Holm att justera protokollet, vilket godkändes.';
    expect(decisionsOf(s)).toEqual([s]);
    expect(meetingDoc(minutesWith(s)).items[0]!.outcome).toBe('approved');
  });

  it('is the decision, in the present passive', () => {
    const s = 'Förbundschefen föreslår att styrelsen antar verksamhetsplanen för 2022, vilket bifalls.';
    expect(decisionsOf(s)).toEqual([s]);
  });

  it('is the decision where the meeting adopts it by name', () => {
    const s = 'Ordföranden föreslog att dagordningen fastställs, vilket mötet godkände.';
    expect(decisionsOf(s)).toEqual([s]);
  });

  it("is the decision after a member's motion", () => {
    const s = 'Per Ås (C) yrkar att ärendet bordläggs, vilket bifölls.';
    expect(decisionsOf(s)).toEqual([s]);
  });

  it('leaves a proposal without its adoption alone (a guard)', () => {
    expect(decisionsOf('Ordföranden föreslår att dagordningen fastställs.')).toEqual([]);
    expect(decisionsOf('Ordföranden föreslår att dagordningen fastställs, vilket diskuteras.')).toEqual([]);
  });

  it("leaves an earlier meeting's adoption alone (a guard)", () => {
    expect(decisionsOf('Vid föregående möte föreslog Lisa Holm en ny rutin, vilket godkändes.')).toEqual([]);
  });
});
