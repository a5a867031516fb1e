// An agenda as a municipality's web page transcribes it: each item one line, its headings
// (`Förslag till beslut`, `Ärendebeskrivning`) run on with their text, and the site's
// trailer (`Senast uppdaterad: …`, `Dela sidan`) after the last item. Invented text.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const PAGE = [
  'Tallmo kommun - Sammanträden - Byggnadsnämnden 2024-03-12 - Kallelse Hoppa till huvudinnehåll Meny Sök Byggnadsnämnden Kallelse Sammanträdesdatum: 2024-03-12 Tid: kl. 09:00 Plats: Stadshuset, rum Eken Ärendelista',
  '1. Val av justerare Förslag till beslut Nämnden utser Oskar Berg (C) att justera protokollet.',
  '2. Bygglov för förråd på Tallmo 3:14 (BN 2024/77) Ärendebeskrivning Sökanden vill bygga ett förråd om 25 kvadratmeter. Förslag till beslut Nämnden beviljar bygglov. Föredragande: Lisa Holm',
  'Senast uppdaterad: 2024-03-05 Dela sidan Facebook LinkedIn',
].join('\n');

describe('an agenda transcribed from a web page', () => {
  it('cuts each item from the headings run on with it, and drops the site trailer', () => {
    const docs = parseText(PAGE).documents;
    expect(docs.map((d) => d.kind)).toEqual(['notice']);
    const items = docs[0]!.items;
    expect(items.map((i) => [i.number, i.title, i.caseNumber, i.proposal])).toEqual([
      [1, 'Val av justerare', null, 'Nämnden utser Oskar Berg (C) att justera protokollet.'],
      [2, 'Bygglov för förråd på Tallmo 3:14', 'BN 2024/77', 'Nämnden beviljar bygglov.'],
    ]);
    expect(JSON.stringify(docs)).not.toMatch(/Senast uppdaterad|Dela sidan/);
    expect(items[1]!.presenter).toBe('Lisa Holm');
  });
});

describe("a site's trailer run on after the last words of minutes on one line", () => {
  it.each(['Sidan uppdaterad 2024-03-14 Dela sidan', 'Sidan senast uppdaterad: 2024-03-14', 'Senast ändrad: 2024-03-14 Skriv ut'])('%j is no part of the last item', (trailer) => {
    const page = `Byggnadsnämnden Protokoll 2024-03-12 Plats och tid: Stadshuset, kl. 09.00–10.00 § 7 Val av justerare Beslut: Oskar Berg utses att justera protokollet. § 8 Övriga frågor Inga övriga frågor noterades. ${trailer}`;
    const doc = parseText(page).documents[0]!;
    expect(doc.items.map((i) => i.number)).toEqual([7, 8]);
    expect(JSON.stringify(doc)).not.toMatch(/uppdaterad|ändrad|Dela sidan|Skriv ut/);
  });
});
