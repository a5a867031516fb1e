// A decision whose opening words stand in capitals, as older templates print the organ and
// its verb (`KOMMUNSTYRELSEN BESLUTAR att …`, `Beslut: SOCIALNÄMNDEN BESLUTAR att …`): the
// text in sentence case, the organ read as the one that decides. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, minutes, text } from './helpers.js';

const decisions = (organ: string, ...body: string[]): [string | null, string][] =>
  item(meetingDoc(minutes({ header: text('PROTOKOLL', organ, 'Sammanträdesdatum 2021-04-13', ''), items: text('§ 32 Markanvisning Norra Ängen', 'Dnr 2021/80', '', ...body) })), 32).decisions.map((d) => [d.by, d.text]);

describe('a decision opening in capitals', () => {
  it('the organ and its verb in capitals', () => {
    expect(decisions('Kommunstyrelsen', 'KOMMUNSTYRELSEN BESLUTAR att anvisa mark till Ängsbo AB enligt bilaga.')).toEqual([
      ['Kommunstyrelsen', 'Kommunstyrelsen beslutar att anvisa mark till Ängsbo AB enligt bilaga.'],
    ]);
  });

  it('after the label, a compound organ', () => {
    expect(decisions('Miljö- och byggnadsnämnden', 'Beslut: MILJÖ- OCH BYGGNADSNÄMNDEN BESLUTAR att bevilja bygglov för förrådet.')).toEqual([
      ['Miljö- och byggnadsnämnden', 'Miljö- och byggnadsnämnden beslutar att bevilja bygglov för förrådet.'],
    ]);
  });
});
