// A web page's numbered agenda transcribed with each list item's bullet before its number
// (sweep 8): `• 1. Mötets öppnande`. Invented text in the same layout.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const NOTICE = [
  'Kallelse till möte med beredningsgruppen',
  '',
  'Datum: Tisdag 5 mars 2024',
  'Tid: 09.00-11.30',
  'Plats: Teams',
  '',
  'Dagordning:',
  '  • 1. Mötets öppnande',
  '  • 2. Val av sekreterare',
  '  • 3. Rapport från insatserna (bilaga 1) – Information',
  '  • 4. Budget 2025 – Beslut',
  '  • 5. Övriga frågor',
  '',
  'Varmt välkomna!',
].join('\n');

describe('numbered points with a bullet before each number', () => {
  it('reads them as numbered points', () => {
    const doc = meetingDoc(NOTICE);
    expect(doc.items.map((i) => [i.number, i.title, i.type])).toEqual([
      [1, 'Mötets öppnande', null],
      [2, 'Val av sekreterare', null],
      [3, 'Rapport från insatserna', 'information'],
      [4, 'Budget 2025', 'decision'],
      [5, 'Övriga frågor', null],
    ]);
    expect(doc.items[2]!.attachments).toEqual(['1']);
  });
});
