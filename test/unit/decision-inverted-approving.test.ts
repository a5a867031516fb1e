// The verb before its subject with a verb that takes its object directly: `Med 8 röster mot 5
// bifaller nämnden arbetsutskottets förslag.`, `Därmed godkänner bygg- och miljönämnden rapporten.`
// (the opening adverbial of `… beslutar nämnden att …`, with an approving verb). Another organ
// approving so is a report. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, minutes, text } from './helpers.js';

const HEADER = text('PROTOKOLL', 'Bygg- och miljönämnden', 'Sammanträdesdatum 2022-05-11', '');
const decisions = (...body: string[]): [string | null, string][] =>
  item(meetingDoc(minutes({ header: HEADER, items: text('§ 43 Taxa för tillsyn', '', ...body) })), 43).decisions.map((d) => [d.by, d.text]);

describe('an approving verb before its subject', () => {
  it('after the counts of a vote', () => {
    expect(decisions('Omröstning', 'Med 8 röster mot 5 bifaller nämnden arbetsutskottets förslag.')).toEqual([
      ['Nämnden', 'Med 8 röster mot 5 bifaller nämnden arbetsutskottets förslag.'],
    ]);
  });

  it('after an adverb, the organ by its compound name', () => {
    expect(decisions('Därmed godkänner bygg- och miljönämnden rapporten.')).toEqual([['Bygg- och miljönämnden', 'Därmed godkänner bygg- och miljönämnden rapporten.']]);
  });

  it('rejecting', () => {
    expect(decisions('Därefter avslår nämnden ansökan om förhandsbesked.')).toEqual([['Nämnden', 'Därefter avslår nämnden ansökan om förhandsbesked.']]);
  });

  it('another organ approving in the past is none of this meeting', () => {
    expect(decisions('Med hänvisning till detta antog kommunfullmäktige planen 2019.')).toEqual([]);
  });
});
