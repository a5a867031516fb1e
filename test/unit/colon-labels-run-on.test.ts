// A notes template that writes the meeting's facts as labels with colons run on in one line
// (`Datum: 2024-06-05 Tid: 9.00-12.00 Plats: Teams`), with no column gap between them.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const notes = (...head: string[]) =>
  meetingDoc(text('Minnesanteckningar', 'Beredningsgruppen, Samordningsförbundet Västerå', ...head, '', '1. Mötets öppnande', 'Ordföranden öppnade mötet.'));

describe('labels with colons run on in one line', () => {
  it('each take their own value', () => {
    const doc = notes('Datum: 2025-01-21 Tid: 13.00-15.30 Plats: Teams');
    expect(doc.meeting).toMatchObject({ date: '2025-01-21', startTime: '13:00', endTime: '15:30', location: 'Teams', remote: true });
  });

  it('in any order, and the lists after them too', () => {
    const doc = notes('Tid: 13.00-15.30 Datum: 2025-01-21 Plats: Kansliet, Storgatan 2', 'Närvarande: Ida Rask (Västerå kommun), Per Holm (Försäkringskassan) Frånvarande: Siv Berg (Region Mitt)');
    expect(doc.meeting).toMatchObject({ date: '2025-01-21', startTime: '13:00', location: 'Kansliet, Storgatan 2' });
    expect(doc.participants.map((p) => [p.name, p.role, p.organisation])).toEqual([
      ['Ida Rask', 'other', 'Västerå kommun'],
      ['Per Holm', 'other', 'Försäkringskassan'],
      ['Siv Berg', 'absent', 'Region Mitt'],
    ]);
  });

  it('leaves a colon inside a value alone', () => {
    const doc = notes('Datum: 2025-01-21', 'Plats: Kansliet, rum 3: Lugnet');
    expect(doc.meeting?.location).toBe('Kansliet, rum 3: Lugnet');
  });
});
