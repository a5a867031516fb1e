// The place's label run on after the hours on one line (`kl. 13.00–15.30 Plats Kommunhuset, sal A`),
// and a place with the page's furniture printed after it on its line (`Sida 1 (4)`, `Justerandes
// sign`): the place is the place alone, the hours the meeting's. Every name, place and date is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutesWith = (...header: string[]): ReturnType<typeof meetingDoc> =>
  meetingDoc(
    text(
      'PROTOKOLL',
      'Samordningsförbundet Bergslagsdal',
      'Styrelsen',
      '',
      ...header,
      '',
      'Beslutande   Karin Öhrn (S), ordförande',
      '             Leif Dahlqvist (M)',
      '',
      '§ 1 Mötets öppnande',
      'Ordföranden öppnar mötet.',
      '',
      '§ 2 Val av justerare',
      'Leif Dahlqvist väljs att justera protokollet.',
    ),
  );

describe('the place’s label after the hours on one line', () => {
  it('reads `Tid kl. 13.00–15.30 Plats Kommunhuset, sal A`', () => {
    const m = minutesWith('Datum 2024-09-18', 'Tid kl. 13.00–15.30 Plats Rådhuset, sal Linden')!.meeting!;
    expect([m.date, m.startTime, m.endTime, m.location]).toEqual(['2024-09-18', '13:00', '15:30', 'Rådhuset, sal Linden']);
  });

  it('reads the date, the hours and the place on one line', () => {
    const m = minutesWith('Datum 2024-09-18 kl. 13.00–15.30 Plats Rådhuset, sal Linden')!.meeting!;
    expect([m.date, m.startTime, m.endTime, m.location]).toEqual(['2024-09-18', '13:00', '15:30', 'Rådhuset, sal Linden']);
  });

  it('reads the hours and the place on the line under the date', () => {
    const m = minutesWith('Sammanträdesdatum 2024-09-18', 'kl. 13.00–15.30 Lokal Rådhuset, sal Linden')!.meeting!;
    expect([m.date, m.startTime, m.endTime, m.location]).toEqual(['2024-09-18', '13:00', '15:30', 'Rådhuset, sal Linden']);
  });
});

describe('a place with the page’s furniture after it', () => {
  it('leaves out a page counter in a column of its own', () => {
    const m = minutesWith('Datum: 2024-09-18', 'Plats: Rådhuset, sal Linden                    Sida 1 (4)')!.meeting!;
    expect(m.location).toBe('Rådhuset, sal Linden');
  });

  it('leaves out a bare counter and the adjusters’ mark run on after it', () => {
    expect(minutesWith('Datum 2024-09-18', 'Plats Rådhuset, sal Linden 1 (4)')!.meeting!.location).toBe('Rådhuset, sal Linden');
    expect(minutesWith('Datum 2024-09-18', 'Plats Rådhuset, sal Linden Justerandes sign')!.meeting!.location).toBe('Rådhuset, sal Linden');
  });

  it('leaves out the counter after a place and its hours', () => {
    const m = minutesWith('Plats och tid   Rådhuset, sal Linden, 2024-09-18 kl. 13.00–15.30      Sida 1 av 4')!.meeting!;
    expect([m.date, m.startTime, m.location]).toEqual(['2024-09-18', '13:00', 'Rådhuset, sal Linden']);
  });

  it('keeps a room’s number', () => {
    expect(minutesWith('Datum 2024-09-18', 'Plats Rådhuset, rum 3')!.meeting!.location).toBe('Rådhuset, rum 3');
  });
});
