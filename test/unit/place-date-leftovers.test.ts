// A place that a flattened labels' row left its neighbours' values in (round 57, category c): a month's name with no day
// (the date's value, its day lost or never written), the hours, a case number's label after it, or the heads of the agenda's
// table and its first section's heading run on after it. The place is what is left. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const placeOf = (text: string): string | null | undefined => parseText(text).documents[0]?.meeting?.location;
const POINTS = ['', '1. Mötets öppnande', '2. Val av justerare', '3. Budget'];

describe('a place with its neighbours’ values', () => {
  it('drops the month and year a labels’ row left before it, and the case number’s label after it', () => {
    expect(placeOf(['Protokoll', 'Datum: Plats: Löpnummer: september 2026 Föreningens kansli, Ekby Dnr 14', '', '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.', '§ 2 Val av justerare', 'Eva Lind valdes.'].join('\n'))).toBe(
      'Föreningens kansli, Ekby',
    );
  });

  it('drops a month and the hours opening the value of `Tid och plats`', () => {
    expect(placeOf(['Kallelse till styrelsemöte', '', 'Datum: 3 mars 2026', 'Tid och plats: Mars 13:00 15:30 Konferenshotellet Sjövik, Ekby', ...POINTS].join('\n'))).toBe('Konferenshotellet Sjövik, Ekby');
  });

  it('drops a month with its year after the place’s comma', () => {
    expect(placeOf(['Kallelse till styrelsemöte', '', 'Plats: Ekby kommunhus, oktober 2026', ...POINTS].join('\n'))).toBe('Ekby kommunhus');
  });

  it('drops the agenda table’s heads and first section run on after it', () => {
    expect(placeOf(['Föredragningslista', '', 'Datum: 2026-02-03', 'Plats: Sammanträdesrum Ek Formalia Ärende Bilaga', ...POINTS].join('\n'))).toBe('Sammanträdesrum Ek');
  });

  it('keeps a place whose words hold a month’s letters (`Majgården`, `Junibacken`)', () => {
    expect(placeOf(['Kallelse till styrelsemöte', '', 'Datum: 2026-05-04', 'Plats: Majgården, Junibacken 3, Ekby', ...POINTS].join('\n'))).toBe('Majgården, Junibacken 3, Ekby');
  });
});
