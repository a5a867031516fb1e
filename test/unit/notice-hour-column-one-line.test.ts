// A notice with an hour column before its points, whose page a web archive ran onto one line
// (`… Plats: Teams 09.00 1. Mötets öppnande 2. Val av justerare 09.30 3. Budget …`): each hour goes
// with the point after it, not into the place or the title before it; the meeting's own hour
// (`kl. 13.00`, after the date or a `Tid:`) stays the meeting's. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const titles = (t: string): unknown => meetingDoc(text(t)).items.map((i) => [i.number, i.title]);

describe('an hour column before the points of a notice run on one line', () => {
  it('leaves the place and the titles', () => {
    const t = 'KALLELSE Styrelsen för Samordningsförbundet Åsdal Tid: 2026-05-07 kl. 09.00 Plats: Teams 09.00 1. Mötets öppnande 2. Val av justerare 09.30 3. Budget 2027 10.15-10.45 4. Rapport från insatsen Steget 5. Mötets avslutande';
    expect(meetingDoc(text(t)).meeting!.location).toBe('Teams');
    expect(titles(t)).toEqual([
      [1, 'Mötets öppnande'],
      [2, 'Val av justerare'],
      [3, 'Budget 2027'],
      [4, 'Rapport från insatsen Steget'],
      [5, 'Mötets avslutande'],
    ]);
  });

  it('goes with the point after the list\'s heading', () => {
    const t = 'KALLELSE Styrelsen för Samordningsförbundet Åsdal Tid: 2026-05-07 kl. 09.00 Plats: Förbundets kansli, Åsby Dagordning 09.00 1. Mötets öppnande 09.10 2. Val av justerare 3. Mötets avslutande';
    expect(meetingDoc(text(t)).meeting!.location).toBe('Förbundets kansli, Åsby');
    expect(titles(t)).toEqual([
      [1, 'Mötets öppnande'],
      [2, 'Val av justerare'],
      [3, 'Mötets avslutande'],
    ]);
  });

  it('leaves the meeting\'s own hour before the first point', () => {
    const doc = meetingDoc(text('KALLELSE Styrelsen för Samordningsförbundet Åsdal Plats: Förbundets kansli Tid: 2026-05-07 kl. 13.00 1. Mötets öppnande 2. Val av justerare 3. Mötets avslutande'));
    expect([doc.meeting!.startTime, doc.meeting!.location]).toEqual(['13:00', 'Förbundets kansli']);
    expect(doc.items.map((i) => i.title)).toEqual(['Mötets öppnande', 'Val av justerare', 'Mötets avslutande']);
  });
});
