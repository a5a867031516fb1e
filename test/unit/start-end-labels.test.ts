// The meeting's hours under two labels (`Starttid: 13:00` / `Sluttid: 15:30`), on lines of their own or
// in one row: the start and the end. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const meeting = (...header: string[]) =>
  meetingDoc(text('PROTOKOLL', 'Förbundsstyrelsen', ...header, 'Plats: Östby', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.')).meeting;

describe('start and end under labels of their own', () => {
  it('reads them on lines of their own', () => {
    expect(meeting('Mötesdatum: 2025-03-11', 'Starttid: 13:00', 'Sluttid: 15:30')).toMatchObject({ date: '2025-03-11', startTime: '13:00', endTime: '15:30' });
  });

  it('reads them in one row', () => {
    expect(meeting('Datum: 2025-03-11    Starttid: 13.00    Sluttid: 15.30')).toMatchObject({ startTime: '13:00', endTime: '15:30' });
  });
});
