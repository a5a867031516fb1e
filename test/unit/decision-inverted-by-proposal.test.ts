// A decision written with the verb before its subject after the counts of a vote, deciding by a
// proposal rather than with an `att` clause: `Med 7 ja-röster mot 4 nej-röster beslutar
// kommunstyrelsen enligt ordförandens förslag.` under `Omröstning`. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, minutes, text } from './helpers.js';

const HEADER = text('PROTOKOLL', 'Kommunstyrelsen', 'Sammanträdesdatum 2021-04-13', '');
const decisions = (...body: string[]): [string | null, string][] =>
  item(meetingDoc(minutes({ header: HEADER, items: text('§ 34 Motion om fria pendelbussar', '', ...body) })), 34).decisions.map((d) => [d.by, d.text]);

describe('the verb before its subject, deciding by a proposal', () => {
  it('after the counts of a vote, by the chair’s proposal', () => {
    expect(
      decisions(
        'Omröstning',
        'Omröstning begärs och verkställs. Ja för avslag, nej för bifall.',
        'Med 7 ja-röster mot 4 nej-röster beslutar kommunstyrelsen enligt ordförandens förslag.',
      ),
    ).toEqual([['Kommunstyrelsen', 'Med 7 ja-röster mot 4 nej-röster beslutar kommunstyrelsen enligt ordförandens förslag.']]);
  });

  it('after an adverb, in accordance with the committee’s proposal', () => {
    expect(decisions('Därmed beslutar styrelsen i enlighet med arbetsutskottets förslag.')).toEqual([
      ['Styrelsen', 'Därmed beslutar styrelsen i enlighet med arbetsutskottets förslag.'],
    ]);
  });

  it('another organ deciding so is still no decision of this meeting', () => {
    expect(decisions('Därmed beslutar regeringen enligt departementets förslag.')).toEqual([]);
  });
});
