// Layouts met in sweep 8 over notices of federations and committees: an agenda written as
// a timetable, each point after the hour (or the slot) it takes, with or without a number
// of its own. Invented texts in the same layouts.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

// the hour a point starts, then its number and title
const HOURS_BEFORE_NUMBERS = [
  'KALLELSE',
  'Styrelsemöte Samordningsförbundet Norrbäck',
  'Tid: Torsdag 14 mars 2024 kl 13-16',
  'Plats: Kommunhuset, Lilla salen, Norrby',
  '',
  'Dagordning',
  '13.00 1. Mötets öppnande',
  '13.05 2. Val av justerare',
  '13.10 3. Godkännande av dagordning',
  '13.15 4. Verksamhetsplan 2025 – beslut',
  '14.20 5. Information från förbundschefen',
  '15.45 6. Mötets avslutande',
].join('\n');

// slots of the day with a title each and no numbers
const SLOTS_WITHOUT_NUMBERS = [
  'Dagordning styrelsemöte',
  'Samordningsförbundet Västby',
  'Datum: 2023-09-21',
  'Tid: 09.00–12.00',
  'Plats: Digitalt via Teams',
  '',
  '09.00–09.10 Mötets öppnande',
  '09.10–09.30 Val av justerare och godkännande av dagordning',
  '09.30–10.00 Information om projekt Steget',
  '10.15–11.00 Budget 2024 – beslut',
  '11.00–12.00 Övriga frågor',
].join('\n');

describe('an agenda written as a timetable', () => {
  it('reads numbered points after the hour each starts', () => {
    const doc = meetingDoc(HOURS_BEFORE_NUMBERS);
    expect(doc.kind).toBe('notice');
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Mötets öppnande'],
      [2, 'Val av justerare'],
      [3, 'Godkännande av dagordning'],
      [4, 'Verksamhetsplan 2025'],
      [5, 'Information från förbundschefen'],
      [6, 'Mötets avslutande'],
    ]);
    expect(doc.items[3]!.type).toBe('decision');
  });

  it('reads each slot of the day as a point without a number', () => {
    const doc = meetingDoc(SLOTS_WITHOUT_NUMBERS);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [null, 'Mötets öppnande'],
      [null, 'Val av justerare och godkännande av dagordning'],
      [null, 'Information om projekt Steget'],
      [null, 'Budget 2024'],
      [null, 'Övriga frågor'],
    ]);
    expect(doc.meeting?.startTime).toBe('09:00');
  });
});
