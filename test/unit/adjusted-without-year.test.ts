// The adjusting's day printed without its year under `Justeringens plats och tid`
// (`Förvaltningen 6 mars`): the year is the meeting's, or the next where the day falls
// before the meeting's. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (date: string, adjusting: string) =>
  meetingDoc(
    text(
      'PROTOKOLL', 'Tekniska nämnden', `Sammanträdesdatum ${date}`, '',
      'Plats och tid', 'Beslutande', 'Utses att justera', 'Justeringens plats och tid', 'Paragrafer',
      'Rådhuset, kl 14.00-16.20',
      'Se bifogad närvarolista',
      `Tore Falk (S) ${adjusting}`,
      '§§ 30-34', '',
      '§ 30', 'Val av justerare', 'Nämnden utser en ledamot att justera protokollet.',
    ),
  );

describe('an adjusting day without its year', () => {
  it('takes the meeting year', () => {
    expect(minutes('2025-03-04', 'Rådhuset 6 mars').signatures).toMatchObject({ adjusters: ['Tore Falk'], adjustedOn: '2025-03-06' });
  });

  it('takes the next year where the day falls before the meeting', () => {
    expect(minutes('2025-12-18', 'Rådhuset 8 januari kl 10.00').signatures).toMatchObject({ adjusters: ['Tore Falk'], adjustedOn: '2026-01-08' });
  });

  it('leaves a day and month apart from a date with its year as it was', () => {
    expect(minutes('2025-03-04', 'Rådhuset 2025-03-07').signatures).toMatchObject({ adjustedOn: '2025-03-07' });
  });
});
