// Minutes whose header names no organ (`PROTOKOLL` / a date), deciding in sentences without a
// heading that name the organ (`Nämnden beslutar att …`, `Kommunfullmäktige godkänner …`,
// `SOCIALNÄMNDEN BESLUTAR att …`): in the present, the organ that meets decides; in the past,
// a report of an earlier decision, none of this meeting. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, minutes, text } from './helpers.js';

const HEADER = text('PROTOKOLL', 'Sammanträdesdatum 2021-04-13', '');
const decisions = (...body: string[]): [string | null, string][] =>
  item(meetingDoc(minutes({ header: HEADER, items: text('§ 36 Taxa för bygglov', 'Dnr 2021/91', '', ...body) })), 36).decisions.map((d) => [d.by, d.text]);

describe('an organ deciding where the header names none', () => {
  it('the head noun alone', () => {
    expect(decisions('Nämnden beslutar att anta taxan enligt förvaltningens förslag.')).toEqual([['Nämnden', 'Nämnden beslutar att anta taxan enligt förvaltningens förslag.']]);
  });

  it('a council approving', () => {
    expect(decisions('Kommunfullmäktige godkänner den reviderade taxan.')).toEqual([['Kommunfullmäktige', 'Kommunfullmäktige godkänner den reviderade taxan.']]);
  });

  it('in capitals', () => {
    expect(decisions('SOCIALNÄMNDEN BESLUTAR att anta taxan.')).toEqual([['Socialnämnden', 'Socialnämnden beslutar att anta taxan.']]);
  });

  it('in the past, another meeting’s decision', () => {
    expect(decisions('Kommunfullmäktige beslutade 2019-05-14 att anta den nuvarande taxan.')).toEqual([]);
  });

  it('a government deciding is still none', () => {
    expect(decisions('Regeringen beslutar att höja avgiften.')).toEqual([]);
  });
});
