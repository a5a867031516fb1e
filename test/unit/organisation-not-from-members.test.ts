// Notes whose participants are listed with their municipalities or agencies in brackets
// (`Sara Holm (Östby kommun)`) and that name no förbund: a member's organisation is not whose
// meeting it is (the first one was taken as the meeting's). A letterhead still names it.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const notes = (...head: string[]) =>
  meetingDoc(
    text(
      ...head, 'Minnesanteckningar', 'Beredningsgruppen', 'Datum: 2025-03-12', 'Plats: Kansliet', '',
      'Närvarande ledamöter: Sara Holm (Östby kommun), Per Ås (Västby kommun), Eva Ek (Försäkringskassan)', '',
      '1. Mötets öppnande', 'Sara Holm öppnar mötet.', '',
      '2. Insatser', 'Gruppen går igenom läget.',
    ),
  );

describe('the meeting’s organisation and its members’ brackets', () => {
  it('is none where only a member’s bracket names one', () => {
    const doc = notes();
    expect(doc.meeting?.organisation).toBeNull();
    expect(doc.participants.map((p) => [p.name, p.organisation])).toEqual([
      ['Sara Holm', 'Östby kommun'],
      ['Per Ås', 'Västby kommun'],
      ['Eva Ek', 'Försäkringskassan'],
    ]);
  });

  it('is the letterhead’s', () => {
    expect(notes('Samordningsförbundet Mellandal').meeting?.organisation).toBe('Samordningsförbundet Mellandal');
  });
});
