// `Justering: 2016-09-29, kommunhuset` over `Sammanträdesdatum: 2016-09-22`: a `Justering` label with a day of its own is
// no heading over the rows under it, so the meeting's date stays the meeting's and the adjusting's day its own. Every text
// is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const first = (t: string) => parseText(t).documents[0]!;

describe('the adjusting label with its own day above the meeting date', () => {
  it('keeps the meeting date under it', () => {
    const d = first(text('PROTOKOLL', 'Kommunstyrelsen', 'Justering: 2016-09-29, kommunhuset', 'Sammanträdesdatum: 2016-09-22', 'Plats: Kommunhuset, Ekby', '', '§ 1 Val av justerare', 'Lars Ek valdes till justerare.'));
    expect(d.meeting!.date).toBe('2016-09-22');
    expect(d.signatures!.adjustedOn).toBe('2016-09-29');
  });
  it('keeps the day in words under a dated adjusting', () => {
    const d = first(text('PROTOKOLL', 'Socialnämnden', 'Justering: 3 april 2019 på kansliet', 'Datum: 27 mars 2019', '', '§ 1 Val av justerare', 'Lars Ek valdes till justerare.'));
    expect(d.meeting!.date).toBe('2019-03-27');
  });
});
