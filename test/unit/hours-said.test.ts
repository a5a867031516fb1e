// Notes and many förbund's minutes give the meeting's hours only in their first and last §
// (`Ordföranden öppnar mötet kl. 09.05`, `… förklarar mötet avslutat kl. 11.40`): those are the
// meeting's hours where the header gives none; the header's hours win. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const notes = (...extra: string[]) =>
  meetingDoc(
    text(
      'Minnesanteckningar', 'Samordningsförbundet Östby, beredningsgrupp', 'Datum: 2025-03-12', ...extra, 'Plats: Kansliet', '',
      'Närvarande: Lisa Dahl, Försäkringskassan; Pia Ek, Östby kommun', '',
      '1. Mötets öppnande', 'Ordföranden Lisa Dahl öppnar mötet kl. 09.05 och hälsar alla välkomna.', '',
      '2. Insatser', 'Gruppen går igenom läget i insatserna. Nästa avstämning sker kl. 10.00 i mars.', '',
      '3. Mötets avslutande', 'Ordföranden tackar för visat intresse och förklarar mötet avslutat kl. 11.40.', '',
      'Vid anteckningarna', 'Pia Ek',
    ),
  );

describe('the hours the opening and closing § say', () => {
  it('are the meeting’s where the header gives none', () => {
    expect(notes().meeting).toMatchObject({ startTime: '09:05', endTime: '11:40' });
  });

  it('give way to the header’s', () => {
    expect(notes('Tid: 09.00–12.00').meeting).toMatchObject({ startTime: '09:00', endTime: '12:00' });
  });

  it('are read in the passive and in a title too', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Styrelsen, Samordningsförbundet Östby', 'Datum: 2025-03-12', 'Plats: Kansliet', '',
        '§ 1 Mötets öppnande', 'Mötet öppnades av ordföranden.', '',
        '§ 2 Budget 2026', 'Styrelsen beslutar att fastställa budgeten.', '',
        '§ 3 Mötet avslutas kl. 15.20',
      ),
    );
    expect(doc.meeting).toMatchObject({ startTime: null, endTime: '15:20' });
  });
});
