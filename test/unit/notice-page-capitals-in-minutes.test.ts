// Åland minutes as a web transcript: the front page, then the notice page (`Sid 2/9 KALLELSE Tid och plats: … 93 SAMMANTRÄDETS
// KONSTITUERANDE 94 …`, its points run on in one line, numbered as the §§ and titled in capitals), then the §§, each headed
// by the organ's letters and the number (`Kst 93 Sammanträdets öppnande …`). The §§ are the minutes' items; the notice
// page is a notice of its own within their lines (round 50), its points its items. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const transcript = text(
  'Transkript',
  '',
  '1 PROTOKOLL Tid och plats Måndagen den 2 mars 2026 kl. 19: Kommunkansliet, Lillö Närv. Beslutande Elin Vikström, KST-ordförande X Bo Lindqvist X Stina Åkerberg X Övriga Hugo Strand, kommundirektör X Paragrafer Underskrifter Lillö Elin Vikström Mötesordf Hugo Strand Mötessekr Protokolljustering Lillö Bo Lindqvist Stina Åkerberg',
  '',
  '2 Sid 2/9 KALLELSE Tid och plats: Måndag 2 mars 2026, kl 19:00, Kommunkansliet, Lillö 21 SAMMANTRÄDETS KONSTITUERANDE 22 BUDGETUPPFÖLJNING 24 FÄRJTRAFIKEN 25 MÖTETS AVSLUTANDE Lillö den 23.2.2026 Elin Vikström, KST-ordf',
  '',
  '3 Sid 3/9 Kommunstyrelsen SAMMANTRÄDETS KONSTITUERANDE Kst 21 Sammanträdets öppnande Ordföranden öppnade mötet och konstaterade det lagligt sammankallat.',
  '',
  '4 Sid 4/9 Kommunstyrelsen BUDGETUPPFÖLJNING Kst 22 Uppföljningen antecknades.',
  '',
  '5 Sid 5/9 Kommunstyrelsen FÄRJTRAFIKEN Kst 24 Kommunstyrelsen godkände tidtabellen.',
  '',
  '6 Sid 6/9 Kommunstyrelsen MÖTETS AVSLUTANDE Kst 25 Ordföranden avslutade mötet.',
);

describe('a notice page in capitals inside Åland minutes', () => {
  it('is the minutes’ own page', () => {
    const docs = parseText(transcript).documents;
    expect(docs.map((d) => d.kind)).toEqual(['minutes', 'notice']);
    expect(docs[0]!.items.map((it) => it.number)).toEqual([21, 22, 24, 25]);
    expect(docs[1]!.items.map((it) => it.number)).toEqual([21, 22, 24, 25]);
  });

  it('titles each § by the capitals atop its page, after the organ’s name (`Kommunstyrelsen BUDGETUPPFÖLJNING` / `Kst 22 …`)', () => {
    const items = parseText(transcript).documents[0]!.items;
    expect(items.map((it) => it.title)).toEqual(['SAMMANTRÄDETS KONSTITUERANDE', 'BUDGETUPPFÖLJNING', 'FÄRJTRAFIKEN', 'MÖTETS AVSLUTANDE']);
    expect(items[1]!.text).toBe('Uppföljningen antecknades.');
    expect(items[0]!.text).not.toContain('BUDGETUPPFÖLJNING');
  });
});
