// Minutes printed on the template of the meeting's notice: the first page is titled `SAMMANTRÄDESKALLELSE` but is the
// minutes' front page, who decided (`Beslutande`) with the labels only minutes print (`Paragrafer`, `Underskrifter`,
// `Protokolljustering`), and the §§ follow with their decisions. Åland and Finland-Swedish municipalities' layout, in
// a web transcript's flattened pages and in a PDF's lines. The kind follows what the document is. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, parseText, text } from './helpers.js';

const TRANSCRIPT = text(
  'Organ Sammanträdesdatum Nr Kommunstyrelsen',
  'Transkript',
  '',
  '1 NORRVIKS KOMMUN SAMMANTRÄDESKALLELSE Organ Sammanträdesdatum Nr Kommunstyrelsen Tid och plats 4 mars 2025 Klockan 18:00 Plats: Kommunkansliet Ordinarie ledamot Närv. Ersättare Närv. Beslutande Nils Berg, ordf X Eva Lund - Karin Holm, vice ordf X Olof Ek X Märta Sjö X Övriga Per Strand X Kommundirektör Paragrafer Underskrifter Protokolljustering Norrvik, den Nils Berg, ordförande Norrvik, den Per Strand, sekreterare Protokollet framlagt till påseende Olof Ek Märta Sjö Norrviks kommunkansli den Utdragets riktighet bestyrkes',
  '',
  '2 2 Kommunstyrelsen SAMMANTRÄDETS KONSTITUERANDE Kst 21 Sammanträdets öppnande Ordföranden öppnar mötet. Beslut: Sammanträdet konstateras lagligen sammankallat och beslutfört. Till protokolljusterare utses Olof Ek och Märta Sjö.',
  '',
  '3 3 Kommunstyrelsen BUDGETUPPFÖLJNING Kst 22 Kommundirektörens förslag: Uppföljningen antecknas för kännedom. Beslut: Enligt förslag.',
);

const PDF = text(
  'NORRVIKS KOMMUN',
  'SAMMANTRÄDESKALLELSE',
  'Organ Kommunstyrelsen',
  'Tid och plats 4 mars 2025 kl. 18:00, Kommunkansliet',
  '',
  'Beslutande',
  'Nils Berg, ordförande',
  'Karin Holm, vice ordförande',
  'Olof Ek',
  'Märta Sjö',
  '',
  'Paragrafer 21-22',
  'Underskrifter',
  'Nils Berg, ordförande Per Strand, sekreterare',
  'Protokolljustering',
  'Olof Ek Märta Sjö',
  '',
  'Kst 21 SAMMANTRÄDETS KONSTITUERANDE',
  'Beslut:',
  'Sammanträdet konstateras lagligen sammankallat och beslutfört.',
  '',
  'Kst 22 BUDGETUPPFÖLJNING',
  'Beslut:',
  'Uppföljningen godkänns.',
);

// a notice whose own page lists who is called, under the same title: still a notice
const NOTICE = text(
  'SAMMANTRÄDESKALLELSE',
  'Kommunstyrelsen',
  'Tid och plats 4 mars 2025 kl. 18:00, Kommunkansliet',
  '',
  'Ledamöter',
  'Nils Berg, ordförande',
  'Olof Ek',
  '',
  'Ärenden',
  '21 Sammanträdets konstituerande',
  '22 Budgetuppföljning',
);

describe('minutes on the template of their notice', () => {
  it('reads a transcript\'s pages as minutes', () => {
    const doc = meetingDoc(TRANSCRIPT);
    expect(doc.kind).toBe('minutes');
    expect(doc.items.map((i) => i.number)).toEqual([21, 22]);
  });

  it('reads a PDF\'s lines as minutes', () => {
    const doc = meetingDoc(PDF);
    expect(doc.kind).toBe('minutes');
    expect(doc.items.map((i) => i.number)).toEqual([21, 22]);
  });

  it('leaves a notice that lists who is called a notice', () => {
    expect(parseText(NOTICE).documents.map((d) => d.kind)).toEqual(['notice']);
  });
});
