// The note that a § was adjusted at once, under its decision: `Paragrafen förklaras omedelbart
// justerad.` on a line of its own or after the decision's sentence, `Paragrafen justeras
// omedelbart.`, or as the last `att` clause (`att förklara paragrafen omedelbart justerad`).
// A note on the protocol, no decision. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, minutes, text } from './helpers.js';

const HEADER = text('PROTOKOLL', 'Kommunstyrelsen', 'Sammanträdesdatum 2020-06-09', '');
const decisions = (...body: string[]): [string | null, string][] =>
  item(meetingDoc(minutes({ header: HEADER, items: text('§ 88 Ombud till bolagsstämma', '', ...body) })), 88).decisions.map((d) => [d.by, d.text]);

describe('adjusted at once', () => {
  it('on a line of its own under the decision', () => {
    expect(decisions('Beslut', 'Kommunstyrelsen utser Maj Ekström (L) till ombud.', 'Paragrafen förklaras omedelbart justerad.')).toEqual([
      ['Kommunstyrelsen', 'Kommunstyrelsen utser Maj Ekström (L) till ombud.'],
    ]);
    expect(decisions('Kommunstyrelsens beslut', 'Kommunstyrelsen utser Maj Ekström (L) till ombud.', '', 'Paragrafen justeras omedelbart.')).toEqual([
      ['Kommunstyrelsen', 'Kommunstyrelsen utser Maj Ekström (L) till ombud.'],
    ]);
  });

  it('after the decision’s sentence', () => {
    expect(decisions('Kommunstyrelsen utser Maj Ekström (L) till ombud. Paragrafen förklaras omedelbart justerad.')).toEqual([
      ['Kommunstyrelsen', 'Kommunstyrelsen utser Maj Ekström (L) till ombud.'],
    ]);
  });

  it('as the last clause', () => {
    expect(decisions('Kommunstyrelsen beslutar', 'att utse Maj Ekström (L) till ombud,', 'att förklara paragrafen omedelbart justerad.')).toEqual([
      ['Kommunstyrelsen', 'utse Maj Ekström (L) till ombud'],
    ]);
  });
});
