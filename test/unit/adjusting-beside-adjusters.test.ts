// `Justerande   Plats och tid` and their values, with no `Justering` heading over them: where the
// meeting's own place and time stand above, this place and time are the adjusting's. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const ITEMS = ['', '§ 10 Mötets öppnande', 'Ordföranden öppnar mötet.'];
const HEAD = ['SAMMANTRÄDESPROTOKOLL', 'Kommunstyrelsen', 'Sammanträdesdatum 2015-09-10', '', 'Plats och tid Kommunhuset, kl 13.00-15.00', 'Beslutande Karl Ek (S), ordförande', 'Lisa Fors (M)', 'Pär Johns (L)', ''];

describe('a place and time labelled beside the adjusters', () => {
  it('labels and values run on in one line', () => {
    const doc = meetingDoc(text(...HEAD, 'Justerande Plats och tid Pär Johns (L) Kommunkansliet 2015-09-14', ...ITEMS));
    expect(doc.signatures).toMatchObject({ adjusters: ['Pär Johns'], adjustedOn: '2015-09-14' });
    expect([doc.meeting?.date, doc.meeting?.location, doc.meeting?.startTime]).toEqual(['2015-09-10', 'Kommunhuset', '13:00']);
  });

  it('labels over their values in columns', () => {
    const doc = meetingDoc(text(...HEAD, 'Justerande            Plats och tid', 'Pär Johns (L)         Kommunkansliet 2015-09-14', ...ITEMS));
    expect(doc.signatures).toMatchObject({ adjusters: ['Pär Johns'], adjustedOn: '2015-09-14' });
    expect(doc.meeting?.location).toBe('Kommunhuset');
  });

  it('is the meeting’s where none stands above', () => {
    const doc = meetingDoc(text('PROTOKOLL', 'Kommunstyrelsen', '', 'Justerande            Plats och tid', 'Pär Johns (L)         Kommunhuset 2015-09-10 kl 13.00', ...ITEMS));
    expect(doc.meeting?.date).toBe('2015-09-10');
    expect(doc.signatures?.adjustedOn ?? null).toBeNull();
  });
});
