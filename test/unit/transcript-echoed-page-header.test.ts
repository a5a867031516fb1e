// A sharing site's transcript whose pages each open with the site's page number, a short running header and the
// document's own page number, the same (`2 Beredningsgruppen för Sundby 3/23 2 4. Insatser …`): the header is page
// furniture on every page, the first page's title follows it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const NOTES = [
  'Transkript',
  '',
  '1 Beredningsgruppen för Sundby 3/23 1 Minnesanteckningar från beredningsgruppens möte den 14 mars 2023 Närvarande: Anna Holm, Försäkringskassan Bo Sten, Arbetsförmedlingen Carin Ek, Sundby kommun 1. Mötets öppnande Anna Holm öppnade mötet. 2. Föregående anteckningar Anteckningarna lades till handlingarna. 3. Aktuellt från parterna Försäkringskassan informerade om nya rutiner.',
  '',
  '2 Beredningsgruppen för Sundby 3/23 2 4. Insatser Gruppen diskuterade insatsen Steget. 5. Nästa möte Nästa möte hålls den 12 april. Vid anteckningarna Carin Ek',
].join('\n');

describe('a transcript page opened by its number, a running header and its number again', () => {
  const doc = meetingDoc(NOTES);

  it('keeps the running header out of the last point of the page before', () => {
    expect(doc.items.map((i) => [i.number, i.text])).toEqual([
      [1, 'Anna Holm öppnade mötet.'],
      [2, 'Anteckningarna lades till handlingarna.'],
      [3, 'Försäkringskassan informerade om nya rutiner.'],
      [4, 'Gruppen diskuterade insatsen Steget.'],
      [5, 'Nästa möte hålls den 12 april.'],
    ]);
  });

  it('reads the title after the header', () => {
    expect(doc.kind).toBe('notes');
    expect(doc.title).toBe('Minnesanteckningar från beredningsgruppens möte den 14 mars 2023');
  });
});
