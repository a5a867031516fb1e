// Fullmäktige sending a new motion for preparation: `Motionen remitteras till kommunstyrelsen för
// beredning.`, `Regionfullmäktige remitterar motionerna till regionstyrelsen …` (the § that
// announces motions). The past (`Motionen remitterades …`) tells the case's history. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, minutes, text } from './helpers.js';

const HEADER = text('PROTOKOLL', 'Kommunfullmäktige', 'Sammanträdesdatum 2022-05-11', '');
const decisions = (...body: string[]): [string | null, string][] =>
  item(meetingDoc(minutes({ header: HEADER, items: text('§ 20 Anmälan av motion om gång- och cykelväg', '', ...body) })), 20).decisions.map((d) => [d.by, d.text]);

describe('a motion sent for preparation', () => {
  it('in the passive', () => {
    expect(decisions('Motionen remitteras till kommunstyrelsen för beredning.')).toEqual([[null, 'Motionen remitteras till kommunstyrelsen för beredning.']]);
  });

  it('by the organ', () => {
    expect(decisions('Kommunfullmäktige remitterar motionerna till kommunstyrelsen för beredning.')).toEqual([
      ['Kommunfullmäktige', 'Kommunfullmäktige remitterar motionerna till kommunstyrelsen för beredning.'],
    ]);
  });

  it('the past is the case’s history', () => {
    expect(decisions('Motionen remitterades till kommunstyrelsen den 4 mars.')).toEqual([]);
  });
});
