// Deciding said with its noun (`Styrelsen fattade beslut om att …`), the verb before its
// subject after an opening (`Efter diskussion fattade styrelsen beslut att …`) or with none
// (`Beslöt styrelsen att …`), as association minutes write it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, minutes, text } from './helpers.js';

const HEADER = text('PROTOKOLL', 'Styrelsemöte i Föreningen Ekbacken', 'Datum: 2024-03-12', '');
const decisions = (...body: string[]): [string | null, string][] =>
  item(meetingDoc(minutes({ header: HEADER, items: text('§ 4 Nytt tak', '', ...body) })), 4).decisions.map((d) => [d.by, d.text]);

describe('a decision taken', () => {
  it('Styrelsen fattade beslut om att', () => {
    expect(decisions('Styrelsen fattade beslut om att hålla städdag den 20 april.')).toEqual([['Styrelsen', 'Styrelsen fattade beslut om att hålla städdag den 20 april.']]);
  });

  it('Efter diskussion fattade styrelsen beslut att', () => {
    expect(decisions('Efter diskussion fattade styrelsen beslut att anlita Takbolaget.')).toEqual([['Styrelsen', 'Efter diskussion fattade styrelsen beslut att anlita Takbolaget.']]);
  });

  it('the verb first: Beslöt styrelsen att', () => {
    expect(decisions('Beslöt styrelsen att höja avgiften till 300 kronor.')).toEqual([['Styrelsen', 'Beslöt styrelsen att höja avgiften till 300 kronor.']]);
  });

  it('a report of a decision taken elsewhere is none', () => {
    expect(decisions('Efter remissen fattade kommunstyrelsen beslut att avslå ansökan.')).toEqual([]);
  });
});
