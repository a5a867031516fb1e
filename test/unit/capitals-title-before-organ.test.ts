// Åland minutes as a web transcript flattens each § page to one line: the organ's letters and the §'s number,
// the title in capitals, then the organ's name and the number again and the § text (`KS 42 VAL AV JUSTERARE
// Kommunstyrelse 42 FÖRSLAG: …`), the heading sometimes alone on the line above (`KS 41` / `KALLELSE OCH
// BESLUTFÖRHET Kommunstyrelse 41 …`). The title is the capitals before the organ's name and number; no § is lost.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const minutes = text(
  'PROTOKOLL',
  'Plats och tid Kommunkansliet tisdagen 3.3.2026 kl 17',
  'Beslutande Elin Vikström Bo Lindqvist Stina Åkerberg',
  'Paragrafer 41-44',
  '',
  'KS 41',
  'KALLELSE OCH BESLUTFÖRHET Kommunstyrelse 41 FÖRSLAG: Mötet konstateras lagenligt sammankallat och beslutfört. Enligt förslag.',
  '',
  'KS 42 GODKÄNNANDE AV FÖREDRAGNINGSLISTAN Kommunstyrelse 42 FÖRSLAG: Föredragningslistan godkänns. Enligt förslag.',
  '',
  'KS 43 BUDGETUPPFÖLJNING Kommunstyrelse 43 FÖRSLAG: Uppföljningen antecknas. Enligt förslag.',
  '',
  'KS 44 MOTION OM CYKELVÄG TILL NORRBY Kommunstyrelse 44 FÖRSLAG: Motionen remitteras till tekniska nämnden. Enligt förslag.',
);

describe('a title in capitals before the organ and the number again', () => {
  it('is the title, and every § is read', () => {
    const doc = parseText(minutes).documents[0]!;
    expect(doc.items.map((it) => it.number)).toEqual([41, 42, 43, 44]);
    expect(doc.items.map((it) => it.title)).toEqual(['KALLELSE OCH BESLUTFÖRHET', 'GODKÄNNANDE AV FÖREDRAGNINGSLISTAN', 'BUDGETUPPFÖLJNING', 'MOTION OM CYKELVÄG TILL NORRBY']);
    expect(doc.items[3]!.text).toContain('Motionen remitteras');
  });
});

describe('a bare number, a title in capitals, the organ and the number again', () => {
  it('is a § whose sign the transcript lost (`39 SAMMANTRÄDETS LAGLIGHET Förbundsstyrelsen 39/ …`)', () => {
    const minutes = text(
      'STYRELSEN PROTOKOLL Nr 4',
      'Närvarande Lillö kommungård',
      'Ledamöter: Elin Vikström, ordf. Bo Lindqvist',
      'Protokolljustering Bo Lindqvist',
      '',
      'Styrelsen Protokoll 4/2026 Sid 3',
      '21 SAMMANTRÄDETS LAGLIGHET OCH BESLUTFÖRHET Styrelsen 21/ Förvaltningsstadgan 4 kap. Mötet konstaterades lagligt sammankallat.',
      '',
      'Styrelsen Protokoll 4/2026 Sid 4',
      '22 PROTOKOLLJUSTERARE Styrelsen 22/ Till protokolljusterare valdes Bo Lindqvist.',
      '',
      'Styrelsen Protokoll 4/2026 Sid 5',
      '23 BOKSLUT 2025 Styrelsen 23/ Styrelsen godkände bokslutet.',
    );
    const doc = parseText(minutes).documents[0]!;
    expect(doc.items.map((it) => it.number)).toEqual([21, 22, 23]);
    expect(doc.items.map((it) => it.title)).toEqual(['SAMMANTRÄDETS LAGLIGHET OCH BESLUTFÖRHET', 'PROTOKOLLJUSTERARE', 'BOKSLUT 2025']);
  });
});
