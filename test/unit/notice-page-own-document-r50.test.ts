// Åland and Finnish minutes print the meeting's notice after their front page (`Sid 2/6 KALLELSE Tid och plats: …`, its
// points run on in one line, numbered as the §§), then the §§ that take the points up. The notice page is a notice of
// its own, issued before the meeting: a document within the minutes' lines, its points its items, the organ the
// minutes name its organ. The §§ stay the minutes' items. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const transcript = text(
  'Transkript',
  '',
  '1 PROTOKOLL Tid och plats Tisdagen den 14 april 2026 kl. 18: Skolan, Norrö Närv. Beslutande Tove Kronqvist, ordförande X Elis Berg X Maja Sund X Övriga Kaj Holm, kommundirektör X Paragrafer Underskrifter Norrö Tove Kronqvist Mötesordf Kaj Holm Mötessekr Protokolljustering Norrö Elis Berg Maja Sund',
  '',
  '2 Sid 2/6 KALLELSE Tid och plats: Tisdag 14 april 2026, kl 18:00, Skolan, Norrö 31 SAMMANTRÄDETS KONSTITUERANDE 32 HAMNAVGIFTER 2026 33 VÄGUNDERHÅLL PÅ NORRÖ 34 MÖTETS AVSLUTANDE Denna möteskallelse har anslagits på kommunens anslagstavla',
  '',
  '3 Sid 3/6 Kommunstyrelsen SAMMANTRÄDETS KONSTITUERANDE Kst 31 Sammanträdets öppnande Ordföranden öppnade mötet och konstaterade det lagligt sammankallat.',
  '',
  '4 Sid 4/6 Kommunstyrelsen HAMNAVGIFTER 2026 Kst 32 Kommunstyrelsen fastställer hamnavgifterna.',
  '',
  '5 Sid 5/6 Kommunstyrelsen VÄGUNDERHÅLL PÅ NORRÖ Kst 33 Ärendet antecknades.',
  '',
  '6 Sid 6/6 Kommunstyrelsen MÖTETS AVSLUTANDE Kst 34 Ordföranden avslutade mötet.',
);

describe('the notice page inside the minutes', () => {
  const docs = parseText(transcript).documents;

  it('is a notice of its own after the minutes', () => {
    expect(docs.map((d) => d.kind)).toEqual(['minutes', 'notice']);
  });

  it('holds the points of the notice', () => {
    expect(docs[1]!.items.map((it) => it.number)).toEqual([31, 32, 33, 34]);
    expect(docs[1]!.items[1]!.title).toBe('HAMNAVGIFTER 2026');
  });

  it('leaves the §§ to the minutes', () => {
    expect(docs[0]!.items.map((it) => it.number)).toEqual([31, 32, 33, 34]);
    expect(docs[0]!.items[1]!.text).toBe('Kommunstyrelsen fastställer hamnavgifterna.');
  });

  it('takes the organ the minutes name', () => {
    expect(docs[0]!.meeting?.body).toBe('kommunstyrelse');
    expect(docs[1]!.meeting?.body).toBe('kommunstyrelse');
    expect(docs[1]!.meeting?.date).toBe('2026-04-14');
  });
});
