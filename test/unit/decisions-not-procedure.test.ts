// What a § tells of its procedure is no decision on the case: the members' motions under a
// `Yrkande` heading written as `Name, party: Motionen bifalls.`, and the meeting approving how
// it will decide (`Kommunstyrelsen godkänner följande propositionsordning`, `Följande beslutsgång
// godkänns.`). An organ that decides under `Yrkanden` still decides. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, minutes, text } from './helpers.js';

const HEADER = text('PROTOKOLL', 'Kommunstyrelsen', 'Sammanträdesdatum 2016-04-05', '');
const decisions = (...body: string[]): [string | null, string][] =>
  item(meetingDoc(minutes({ header: HEADER, items: text('§ 31 Motion om solceller på skolor', '', ...body) })), 31).decisions.map((d) => [d.by, d.text]);

describe('procedure, not decisions', () => {
  it('motions under `Yrkande` in the members’ words', () => {
    expect(
      decisions(
        'Yrkande',
        'Rut Lindell, mp: Motionen bifalls.',
        'Sven Ohlin, s: Motionen avslås.',
        '',
        'Omröstningsresultat',
        'Med 9 ja-röster mot 6 nej-röster beslutar kommunstyrelsen att anta Sven Ohlins yrkande.',
      ),
    ).toEqual([['Kommunstyrelsen', 'Med 9 ja-röster mot 6 nej-röster beslutar kommunstyrelsen att anta Sven Ohlins yrkande.']]);
  });

  it('approving the order of propositions', () => {
    expect(
      decisions(
        'Propositionsordning',
        'Kommunstyrelsen godkänner följande propositionsordning',
        'Ja-röst för bifall till Sven Ohlins yrkande',
        'Nej-röst för bifall till Rut Lindells yrkande',
      ),
    ).toEqual([]);
    expect(decisions('Omröstning begärs. Följande beslutsgång godkänns.')).toEqual([]);
  });

  it('an organ that decides under `Yrkanden` still decides', () => {
    expect(decisions('Yrkanden', 'Rut Lindell (MP) yrkar bifall till motionen.', '', 'Kommunstyrelsen beslutar enligt Rut Lindells yrkande.')).toEqual([
      ['Kommunstyrelsen', 'Kommunstyrelsen beslutar enligt Rut Lindells yrkande.'],
    ]);
  });
});
