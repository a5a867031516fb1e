// A point that is one line whose sentence opens with a person's name (`1. Lisa Berg hälsade alla välkomna.`,
// `12. Per Ek väljs till ordförande fram till nästa årsmöte.`): the whole line is the point, as a sentence
// alone is, never cut inside the name into a title `Lisa` and a text `Berg hälsade …`. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const doc = meetingDoc(
  text(
    'Protokoll från årsmöte 2022-04-05',
    '',
    '1. Lisa Berg hälsade alla välkomna och öppnade mötet.',
    '2. Anna-Karin Dal Ek väljs till ordförande fram till nästa årsmöte.',
    '3. Per Ek väljs till kassör.',
    '4. Budget 2023 Styrelsen godkände budgeten.',
  ),
);
const read = (n: number) => [item(doc, n).title, item(doc, n).decisions.map((d) => d.text)];

describe('a one-line point opening with a name', () => {
  it('is not cut inside the name', () => {
    expect(read(1)).toEqual(['Lisa Berg hälsade alla välkomna och öppnade mötet', []]);
    expect(read(2)).toEqual(['Anna-Karin Dal Ek väljs till ordförande fram till nästa årsmöte', ['Anna-Karin Dal Ek väljs till ordförande fram till nästa årsmöte.']]);
    expect(read(3)).toEqual(['Per Ek väljs till kassör', ['Per Ek väljs till kassör.']]);
  });

  it('a title before a sentence is still cut off', () => {
    expect(read(4)).toEqual(['Budget 2023', ['Styrelsen godkände budgeten.']]);
  });
});
