// The chair's finding followed by a request for a vote (`… finner att kommunstyrelsen bifaller
// förslaget. Omröstning begärs.`): the vote decides, and the sentence that gives its result is the
// decision; the finding, and the request run on after it, are none. A finding no vote follows still
// decides. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, minutes, text } from './helpers.js';

const HEADER = text('PROTOKOLL', 'Kommunstyrelsen', 'Sammanträdesdatum 2024-10-01', '');
const decisions = (...body: string[]): [string | null, string][] =>
  item(meetingDoc(minutes({ header: HEADER, items: text('§ 90 Ny taxa för hemtjänst', '', ...body) })), 90).decisions.map((d) => [d.by, d.text]);

describe('a finding a vote overrides', () => {
  it('gives way to the vote’s result, the request run on with it', () => {
    expect(
      decisions(
        'Beslutsgång',
        'Ordföranden ställer proposition på förslagen och finner att kommunstyrelsen bifaller arbetsutskottets förslag. Omröstning begärs.',
        '',
        'Omröstning',
        'Med 8 ja-röster mot 5 nej-röster beslutar kommunstyrelsen att bifalla arbetsutskottets förslag.',
      ),
    ).toEqual([['Kommunstyrelsen', 'Med 8 ja-röster mot 5 nej-röster beslutar kommunstyrelsen att bifalla arbetsutskottets förslag.']]);
  });

  it('gives way where the request stands in a paragraph of its own', () => {
    expect(
      decisions(
        'Ordföranden ställer proposition på förslagen och finner att kommunstyrelsen bifaller arbetsutskottets förslag.', '',
        'Votering begärs och ska genomföras.', '',
        'Med 8 ja-röster mot 5 nej-röster beslutar kommunstyrelsen att bifalla arbetsutskottets förslag.',
      ),
    ).toEqual([['Kommunstyrelsen', 'Med 8 ja-röster mot 5 nej-röster beslutar kommunstyrelsen att bifalla arbetsutskottets förslag.']]);
  });

  it('decides where no vote is asked for (guard)', () => {
    expect(decisions('Ordföranden ställer proposition på förslagen och finner att kommunstyrelsen bifaller arbetsutskottets förslag.')).toEqual([
      ['Kommunstyrelsen', 'Ordföranden ställer proposition på förslagen och finner att kommunstyrelsen bifaller arbetsutskottets förslag.'],
    ]);
  });
});
