// A decision that names the proposal or motion it follows before its verb, the verb before its subject:
// `Enligt ett yrkande från Anna Ek (S) så beslutar nämnden att …`, `I enlighet med arbetsutskottets förslag
// beslutar kommunstyrelsen att …`, `Enligt ordförandens förslag godkänner nämnden …`. Another organ's
// decision reported so is none of this meeting's. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, minutes, text } from './helpers.js';

const HEADER = text('PROTOKOLL', 'Socialnämnden', 'Sammanträdesdatum 2024-04-11', '');
const decisions = (...body: string[]): [string | null, string][] =>
  item(meetingDoc(minutes({ header: HEADER, items: text('§ 12 Riktlinjer för färdtjänst', '', ...body) })), 12).decisions.map((d) => [d.by, d.text]);

describe('the proposal it follows named before the verb', () => {
  it('a member’s motion, then `så beslutar nämnden att`', () => {
    expect(decisions('Förvaltningen har tagit fram nya riktlinjer.', 'Enligt ett yrkande från Lena Berg (S) så beslutar nämnden att anta riktlinjerna med sänkt avgift.')).toEqual([
      ['Nämnden', 'Enligt ett yrkande från Lena Berg (S) så beslutar nämnden att anta riktlinjerna med sänkt avgift.'],
    ]);
  });

  it('`I enlighet med` a committee’s proposal, the organ by its own name', () => {
    expect(decisions('I enlighet med arbetsutskottets förslag beslutar socialnämnden att fastställa taxan för 2025.')).toEqual([
      ['Socialnämnden', 'I enlighet med arbetsutskottets förslag beslutar socialnämnden att fastställa taxan för 2025.'],
    ]);
  });

  it('a verb that approves its object directly', () => {
    expect(decisions('Enligt ordförandens förslag godkänner nämnden ansökan om bidrag.')).toEqual([['Nämnden', 'Enligt ordförandens förslag godkänner nämnden ansökan om bidrag.']]);
  });

  it('another organ’s decision reported so is none', () => {
    expect(decisions('Enligt förslaget från kommunstyrelsen beslutade kommunfullmäktige 2023-05-04 att bifalla motionen.', 'Nämnden noterar informationen.')).toEqual([
      ['Nämnden', 'Nämnden noterar informationen.'],
    ]);
  });
});
