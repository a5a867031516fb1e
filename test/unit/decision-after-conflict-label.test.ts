// A § whose jäv is written as a label over names (`Jäv: Karl Berg (C)`) with the decision on
// the very next line, no blank line between: the decision is the next line's, and the jäv stays
// the item's conflict. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, minutes, text } from './helpers.js';

const HEADER = text('PROTOKOLL', 'Kommunstyrelsen', 'Sammanträdesdatum 2021-04-13', '');
const read = (...body: string[]) => item(meetingDoc(minutes({ header: HEADER, items: text('§ 33 Försäljning av fastigheten Tallen 4', 'Dnr KS 2021/81', '', ...body) })), 33);

describe('a decision on the line under a jäv label', () => {
  it('the decision and the conflict are both read', () => {
    const it33 = read('Jäv: Karl Berg (C)', 'Kommunstyrelsen beslutar att sälja fastigheten Tallen 4 till högstbjudande.');
    expect(it33.decisions.map((d) => [d.by, d.text])).toEqual([['Kommunstyrelsen', 'Kommunstyrelsen beslutar att sälja fastigheten Tallen 4 till högstbjudande.']]);
    expect(it33.conflicts.map((c) => [c.name, c.party])).toEqual([['Karl Berg', 'C']]);
  });

  it('after a line of background, two names under the label', () => {
    const it33 = read('Fastigheten har varit till salu sedan i våras.', 'Jäv: Maja Lind (S) och Olof Ström (L)', 'Kommunstyrelsen godkänner försäljningen.');
    expect(it33.decisions.map((d) => [d.by, d.text])).toEqual([['Kommunstyrelsen', 'Kommunstyrelsen godkänner försäljningen.']]);
    expect(it33.conflicts.map((c) => c.name)).toEqual(['Maja Lind', 'Olof Ström']);
  });
});
