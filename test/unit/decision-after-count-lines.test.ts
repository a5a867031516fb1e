// A decision printed right under the lines of a vote's count or its roll, with no blank line and
// no full stop before it (`Nej-röster: 5` / `Kommunstyrelsen beslutar att avslå motionen.`,
// `Ola Brant (M)   X` / `Med 6 ja-röster mot 5 …`): the line after one that ends in a count, a
// bracket or a capital opens a sentence of its own, which decides. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, minutes, text } from './helpers.js';

const HEADER = text('PROTOKOLL', 'Kommunstyrelsen', 'Sammanträdesdatum 2024-10-01', '');
const decisions = (...body: string[]): [string | null, string][] =>
  item(meetingDoc(minutes({ header: HEADER, items: text('§ 88 Motion om fri entré till badhuset', '', ...body) })), 88).decisions.map((d) => [d.by, d.text]);

describe('a decision under the lines of a vote', () => {
  it('after the counts, one a line', () => {
    expect(decisions('Omröstning', 'Ja-röster: 6', 'Nej-röster: 5', 'Avstår: 0', 'Kommunstyrelsen beslutar att avslå motionen.')).toEqual([
      ['Kommunstyrelsen', 'Kommunstyrelsen beslutar att avslå motionen.'],
    ]);
  });

  it('after a roll whose marks end the lines', () => {
    expect(decisions('Omröstningslista', 'Vera Holm (S) X', 'Ola Brant (M) X', 'Med 1 ja-röst mot 1 nej-röst och ordförandens utslagsröst beslutar kommunstyrelsen att avslå motionen.')).toEqual([
      ['Kommunstyrelsen', 'Med 1 ja-röst mot 1 nej-röst och ordförandens utslagsröst beslutar kommunstyrelsen att avslå motionen.'],
    ]);
  });

  it('a sentence wrapped over lines stays whole (guard)', () => {
    expect(decisions('Kommunstyrelsen beslutar att avslå motionen med hänvisning till', 'Ekonomikontorets yttrande.')).toEqual([
      ['Kommunstyrelsen', 'Kommunstyrelsen beslutar att avslå motionen med hänvisning till Ekonomikontorets yttrande.'],
    ]);
  });
});
