// A header line that gives the meeting's day and then its hours with no `kl` and no label
// (`12 mars 2025, 09.00–11.30`, `2025-03-12 13.00-15.00`): the hours are the meeting's. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const meeting = (when: string) =>
  meetingDoc(text('PROTOKOLL', 'Styrelsen, Samordningsförbundet Östby', when, 'Plats: Förbundets kansli', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.')).meeting;

describe('bare hours right after the day', () => {
  it('reads them after a day written out', () => {
    expect(meeting('12 mars 2025, 09.00–11.30')).toMatchObject({ date: '2025-03-12', startTime: '09:00', endTime: '11:30' });
  });

  it('reads them after an ISO date', () => {
    expect(meeting('2025-03-12 13.00-15.00')).toMatchObject({ date: '2025-03-12', startTime: '13:00', endTime: '15:00' });
  });

  it('reads the two boxes of hours whose dash was lost (`10:00 12:00`)', () => {
    expect(meeting('Torsdag den 5 juni 2025 10:00 12:00')).toMatchObject({ date: '2025-06-05', startTime: '10:00', endTime: '12:00' });
    expect(meeting('Tid: 2025-06-05 13.15 16.00')).toMatchObject({ startTime: '13:15', endTime: '16:00' });
  });

  it('reads no range from two times out of order, nor from a lone time after the day', () => {
    expect(meeting('5 juni 2025 14:00 09:00')).toMatchObject({ date: '2025-06-05', startTime: null });
    expect(meeting('5 juni 2025 14:00 sal 3')).toMatchObject({ startTime: null });
  });

  it('reads no hours from a range that does not follow the day', () => {
    expect(meeting('2025-03-12 budget 13.00-15.00')).toMatchObject({ date: '2025-03-12', startTime: null });
  });
});
