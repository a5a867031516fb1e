// A place run on into the list of matters on a page written on one line, the list's heading
// between them (`Plats Tingshuset Ärenden som skall behandlas Sida 12 Mötets öppnande 3 13 Val
// av justerare 3 …`): the place ends before the heading, not only before the list's first number.
// Every name, place and date is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutesWith = (place: string): ReturnType<typeof meetingDoc> =>
  meetingDoc(
    text(
      'PROTOKOLL',
      'Datum 2024-09-18',
      place,
      '',
      'Beslutande   Karin Öhrn, ordförande',
      '             Leif Dahlqvist',
      '',
      '§ 12 Mötets öppnande',
      'Ordföranden öppnar mötet.',
      '',
      '§ 13 Val av justerare',
      'Leif Dahlqvist väljs att justera protokollet.',
    ),
  );

describe('a place run on into a headed list of matters', () => {
  it('ends before `Ärenden som skall behandlas`', () => {
    const m = minutesWith('Plats Tingshuset Ärenden som skall behandlas Sida 12 Mötets öppnande 3 13 Val av justerare 3 14 Budget 4')!.meeting!;
    expect(m.location).toBe('Tingshuset');
  });

  it('ends before `Innehållsförteckning`', () => {
    const m = minutesWith('Plats Rådhuset, sal Linden Innehållsförteckning 12 Mötets öppnande 13 Val av justerare')!.meeting!;
    expect(m.location).toBe('Rådhuset, sal Linden');
  });
});
