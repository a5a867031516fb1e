// An agenda whose column of hours a converter set one space from the titles: after the title
// (`3. Ekonomi 09.10`), or before the next point's number on a page run onto one line
// (`… 09.05 2. Val av justerare 09.10 3. Ekonomi …`), so that each title ends on an hour. Where most
// of a notice's titles so end, the hours are a timetable and no part of the titles. One title
// that ends on an hour keeps it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const TITLES = ['Mötets öppnande', 'Val av justerare', 'Ekonomisk uppföljning', 'Insatser för unga vuxna', 'Verksamhetsplan 2026', 'Övriga frågor'];

describe('hours one space from the titles', () => {
  it('after each title', () => {
    const doc = meetingDoc(text('Dagordning', 'Styrelsen, Samordningsförbundet Ekdalen', 'Datum: 2025-10-02', '', '1. Mötets öppnande 09.00', '2. Val av justerare 09.05', '3. Ekonomisk uppföljning 09.10', '4. Insatser för unga vuxna 09.40', '5. Verksamhetsplan 2026 10.45', '6. Övriga frågor 11.45'));
    expect(doc.items.map((i) => i.title)).toEqual(TITLES);
  });

  it('before each number, on a page run onto one line', () => {
    const doc = meetingDoc(
      text('1 Dagordning Styrelsen Samordningsförbundet Ekdalen Datum: 2025-10-02 Plats: Förbundets kansli 09.00 1. Mötets öppnande 09.05 2. Val av justerare 09.10 3. Ekonomisk uppföljning 09.40 4. Insatser för unga vuxna 10.45 5. Verksamhetsplan 2026 11.45 6. Övriga frågor'),
    );
    expect(doc.items.map((i) => i.title)).toEqual(TITLES);
  });

  it('one title that ends on an hour keeps it', () => {
    const doc = meetingDoc(text('Dagordning', 'Styrelsen, Samordningsförbundet Ekdalen', 'Datum: 2025-10-02', '', '1. Val av justerare', '2. Information från Region Ekdalen', '3. Studiebesök hos Verkstan 14.30', '4. Övriga frågor'));
    expect(doc.items.map((i) => i.title)).toEqual(['Val av justerare', 'Information från Region Ekdalen', 'Studiebesök hos Verkstan 14.30', 'Övriga frågor']);
  });
});
