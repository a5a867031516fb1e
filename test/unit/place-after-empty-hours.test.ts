// The place's label run on after a time field whose hours were left empty (a form's blank `kl`,
// the transcript's lost digits): `Tid Tisdag 4 mars 2014, kl , ajournering Plats Ekhagens
// konferensgård`, `Tid, kl , paus Plats Bryggsalen, Ekeby`, `Tid Måndagen den 3 mars 2014 kl Plats
// Kommunhuset i Ekeby`, `… kl med ajournering kl Plats …`: the place is still the value after its
// label. Every name, place and date is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutesWith = (when: string): ReturnType<typeof meetingDoc> =>
  meetingDoc(
    text(
      'SAMMANTRÄDESPROTOKOLL Sida 1(12)',
      when,
      'Beslutande S Karin Öhrn S Leif Dahlqvist, tjänstgör för Maja Ek (S) M Per Lind',
      '',
      '§ 1 Mötets öppnande',
      'Ordföranden öppnar mötet.',
      '',
      '§ 2 Val av justerare',
      'Per Lind väljs att justera protokollet.',
    ),
  );

describe('the place’s label after a time field left without its hours', () => {
  it('reads the place after `kl , ajournering`', () => {
    const m = minutesWith('Tid Tisdag 4 mars 2014, kl , ajournering Plats Ekhagens konferensgård')!.meeting!;
    expect([m.date, m.startTime, m.location]).toEqual(['2014-03-04', null, 'Ekhagens konferensgård']);
  });

  it('reads the place after a time field holding nothing but `kl , paus`', () => {
    const m = minutesWith('Tid, kl , paus Plats Bryggsalen, Ekeby')!.meeting!;
    expect([m.startTime, m.location]).toEqual([null, 'Bryggsalen, Ekeby']);
  });

  it('reads the place after a bare `kl`', () => {
    const m = minutesWith('Tid Måndagen den 3 mars 2014 kl Plats Kommunhuset i Ekeby')!.meeting!;
    expect([m.date, m.location]).toEqual(['2014-03-03', 'Kommunhuset i Ekeby']);
  });

  it('reads the place after `kl med ajournering kl`', () => {
    const m = minutesWith('Tid Onsdagen den 5 mars 2014, kl med ajournering kl Lokal Gästgiveriet, Ekeby')!.meeting!;
    expect([m.date, m.location]).toEqual(['2014-03-05', 'Gästgiveriet, Ekeby']);
  });

  it('leaves a `kl` that opens the place itself alone', () => {
    const m = minutesWith('Tid Måndagen den 3 mars 2014 kl 13.00-15.00 Plats Klostret, Ekeby')!.meeting!;
    expect([m.startTime, m.location]).toEqual(['13:00', 'Klostret, Ekeby']);
  });
});
