// Fullmäktige's decisions on a motion that answer it rather than grant or reject it, and those
// that refer the case back or table it: `Motionen anses besvarad.`, `Kommunfullmäktige anser
// motionen besvarad.`, `… förklarar medborgarförslaget besvarat.`, `Styrelsen betraktade motionen
// som slutbehandlad.` (Finnish minutes), `Ärendet återremitteras …`, `Ärendet bordläggs.`. An
// answered motion is neither bifall nor avslag: its outcome stays null. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, minutes, text } from './helpers.js';

const HEADER = text('PROTOKOLL', 'Kommunfullmäktige', 'Sammanträdesdatum 2022-05-11', '');
const read = (...body: string[]) => item(meetingDoc(minutes({ header: HEADER, items: text('§ 41 Motion om cykelbanor', '', ...body) })), 41);
const decisions = (...body: string[]): [string | null, string][] => read(...body).decisions.map((d) => [d.by, d.text]);

describe('a motion answered, a case referred back or tabled', () => {
  it('in the passive', () => {
    expect(decisions('Motionen anses besvarad.')).toEqual([[null, 'Motionen anses besvarad.']]);
    expect(decisions('Medborgarförslaget förklaras besvarat.')).toEqual([[null, 'Medborgarförslaget förklaras besvarat.']]);
  });

  it('by the organ, its outcome neither bifall nor avslag', () => {
    const it41 = read('Kommunfullmäktige anser motionen besvarad.');
    expect(it41.decisions.map((d) => [d.by, d.text])).toEqual([['Kommunfullmäktige', 'Kommunfullmäktige anser motionen besvarad.']]);
    expect(it41.outcome).toBeNull();
    expect(decisions('Kommunfullmäktige förklarar motionen besvarad.')).toEqual([['Kommunfullmäktige', 'Kommunfullmäktige förklarar motionen besvarad.']]);
  });

  it('as Finnish minutes write it', () => {
    expect(decisions('Fullmäktige betraktade motionen som slutbehandlad.')).toEqual([['Fullmäktige', 'Fullmäktige betraktade motionen som slutbehandlad.']]);
  });

  it('referred back, tabled', () => {
    expect(decisions('Ärendet återremitteras till kommunstyrelsen för komplettering.')).toEqual([[null, 'Ärendet återremitteras till kommunstyrelsen för komplettering.']]);
    expect(decisions('Ärendet bordläggs.')).toEqual([[null, 'Ärendet bordläggs.']]);
  });

  it('a view that is no answer decides nothing', () => {
    expect(decisions('Kommunfullmäktige anser att frågan är viktig för kommunens invånare.')).toEqual([]);
  });
});
