// A transcript of a contents list whose titles wrap in their column writes the numbers of the tall rows in a run
// and their titles in a run after them (`KST 12 KST 13 Mötets öppnande Bokslut för år 2030 KST 14 …`). Each number
// gets its title back where the titles part at a capitalised word exactly as often as the numbers need: not at a
// capital after a word that links, a company's form, or a person's name; any other count leaves the line alone.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { restoreNumbersColumnRuns } from '../../src/normalise/numbers-column-runs.js';
import { parseText } from './helpers.js';

describe('a contents list’s numbers written apart from their titles', () => {
  it('gives each number its title', () => {
    expect(restoreNumbersColumnRuns('1 nr 3/2031 INNEHÅLL KST 12 KST 13 Mötets öppnande Bokslut för år 2030 och verksamhetsberättelse KST 14 Personalbokslut 2030')).toBe(
      '1 nr 3/2031 INNEHÅLL KST 12 Mötets öppnande KST 13 Bokslut för år 2030 och verksamhetsberättelse KST 14 Personalbokslut 2030',
    );
    // (to the line's end; a company's form, a place after a word that links and a name part no title)
    expect(restoreNumbersColumnRuns('Kf 7 Kf 8 Kf 9 Avtal med Norrby Energi Oy, anslutning Fyllnadsval efter Eva Ek som ledamot i Ekby nämnd Övriga frågor')).toBe(
      'Kf 7 Avtal med Norrby Energi Oy, anslutning Kf 8 Fyllnadsval efter Eva Ek som ledamot i Ekby nämnd Kf 9 Övriga frågor',
    );
  });

  it('leaves a run whose titles part otherwise as written', () => {
    // (three titles' capitals for two numbers, and a run that does not count up)
    const three = 'KST 12 KST 13 Mötets öppnande Bokslut 2030 Budget 2031 KST 14 Personalbokslut';
    expect(restoreNumbersColumnRuns(three)).toBe(three);
    const apart = 'Ks 4 Ks 9 Budget Revision';
    expect(restoreNumbersColumnRuns(apart)).toBe(apart);
  });

  it('finds a run wherever it starts, and none after a letter or a digit', () => {
    // (a code of one to five letters, or the sign; at the text's start, after a space, after a line break)
    expect(restoreNumbersColumnRuns('S 3 S 4 Val av ordförande Avtal med Ekby')).toBe('S 3 Val av ordförande S 4 Avtal med Ekby');
    expect(restoreNumbersColumnRuns('Lista: KOMST 61 KOMST 62 Mötets öppnande Bokslut')).toBe('Lista: KOMST 61 Mötets öppnande KOMST 62 Bokslut');
    expect(restoreNumbersColumnRuns('Innehåll\n§ 8 § 9 Upprop och närvaro Budget')).toBe('Innehåll\n§ 8 Upprop och närvaro § 9 Budget');
    // (a code run on after a letter or a digit is no run's: `xKST`, `2KST`; nor one of six letters)
    for (const text of ['Lista xKST 61 KST 62 Mötets öppnande Bokslut', 'Lista 2KST 61 KST 62 Mötets öppnande Bokslut', 'KOMSTA 61 KOMSTA 62 Mötets öppnande Bokslut']) {
      expect(restoreNumbersColumnRuns(text)).toBe(text);
    }
  });

  it('makes the listed items of a transcript cut after its contents page', () => {
    const text = `Kommunstyrelsen nr 3/2031 INNEHÅLLSFÖRTECKNING

Transkript

1 nr 3/2031 INNEHÅLLSFÖRTECKNING KST 12 KST 13 Mötets konstituering Bokslutet för år 2030 och verksamhetsberättelse KST 14 Personalbokslut 2030 KST 15 KST 16 KST 17 Val av representant i Norrby förbunds stämma Upptagande av lån Övriga ärenden

2 MÖTESPROTOKOLL Sida 2 Nr 3/2031 Mötesplats och -tid Kommunhuset kl 18 Närvarande medlemmar Ek Anna, ordförande Berg Ola, medlem Lund Siv, medlem Underskrifter Anna Ek ordförande Per Holm protokollförare

3 Sida 3 KST 12 MÖTETS KONSTITUERING beslutar 1. konstatera mötet vara lagligt sammankallat och beslutfört 2. välja två protokolljusterare.
`;
    // (the minutes' first document: the list's page)
    const doc = parseText(text).documents.find((d) => d.kind === 'minutes')!;
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [12, 'Mötets konstituering'],
      [13, 'Bokslutet för år 2030 och verksamhetsberättelse'],
      [14, 'Personalbokslut 2030'],
      [15, 'Val av representant i Norrby förbunds stämma'],
      [16, 'Upptagande av lån'],
      [17, 'Övriga ärenden'],
    ]);
  });
});
