// A front page flattened onto one line with its labels in a row before their values (`Datum Tid Plats Beslutande
// Norrgården, Storvik Karin Berg (S), ordförande …`), where the transcript lost the date and the hours (a web archive
// drops them): the place was read as the first member. The date's and the time's labels, whose values are nowhere in
// the run, take nothing, and the place is cut from the people as when the hours stand there. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const page = (row: string): string =>
  `1 Kommunstyrelsen Sammanträdesprotokoll Sida 1(9) ${row} Övriga närvarande Per Ek, sekreterare Justerare Eva Dahl ` +
  'Paragrafer 1-9 Underskrifter Sekreterare Per Ek Ordförande Karin Berg Justerare Eva Dahl\n' +
  '2 Kommunstyrelsen § 1 Val av justerare Eva Dahl utses att justera protokollet.\n';

const read = (row: string) => {
  const doc = meetingDoc(page(row));
  return { location: doc.meeting?.location, members: doc.participants.filter((p) => p.role === 'member').map((p) => p.name) };
};

describe('the date and hours lost before the place and the members', () => {
  it('reads the place as the place, not as a member', () => {
    expect(read('Datum Tid Plats Beslutande Norrgården, Storvik Karin Berg (S), ordförande Olof Nyström (M) Eva Dahl (C)')).toEqual({
      location: 'Norrgården, Storvik',
      members: ['Karin Berg', 'Olof Nyström', 'Eva Dahl'],
    });
  });

  it('reads the date where it stands and leaves the lost hours empty', () => {
    const doc = meetingDoc(page('Datum Tid Plats Beslutande 2024-03-12 Norrgården, Storvik Karin Berg (S), ordförande Olof Nyström (M) Eva Dahl (C)'));
    expect([doc.meeting?.date, doc.meeting?.startTime, doc.meeting?.location]).toEqual(['2024-03-12', null, 'Norrgården, Storvik']);
    expect(doc.participants.filter((p) => p.role === 'member').map((p) => p.name)).toEqual(['Karin Berg', 'Olof Nyström', 'Eva Dahl']);
  });

  it('reads the hours where they stand, as before', () => {
    const doc = meetingDoc(page('Datum Tid Plats Beslutande 2024-03-12 kl 13.00-15.00 Norrgården, Storvik Karin Berg (S), ordförande Olof Nyström (M)'));
    expect([doc.meeting?.date, doc.meeting?.startTime, doc.meeting?.location]).toEqual(['2024-03-12', '13:00', 'Norrgården, Storvik']);
  });
});
