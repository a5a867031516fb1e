// A web transcript of Åland minutes that prints the meeting's notice first (`KALLELSESIDA`,
// `SAMMANTRÄDESKALLELSE`, `STYRELSEN KALLELSE Nr 6`: its time, place and points on one page), then the
// minutes' front page (titled `Protokollssida …` or `STYRELSEN PROTOKOLL …` on a run-on line, or
// untitled, `Nr. 21` / `Plats och tid …`: who decided, who adjusts, the §§), then the §§. The front
// page opens the minutes: a document of their own after the notice, not a page of the notice.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const kallelsesida = text(
  'Transkript',
  '',
  '1 1 KALLELSESIDA Utfärdad Sammanträdestid 3.3.2026, kl.18 - Sammanträdesplats; Lillö kommungård 1. LAGLIGHET OCH BESLUTFÖRHET. 2. PROTOKOLLJUSTERARE. 3. FÄRJTIDTABELL FÖR SOMMAREN. 4. ÄRENDEN TILL KÄNNEDOM. Protokollet framläggs till påseende på kommunkansliet Ordförande Elin Vikström Denna möteskallelse har anslagits på anslagstavlan Intygar Hugo Strand, kommundirektör',
  '',
);
const protokollssida = text(
  '2 2 Protokollssida Sammanträdestid 3.3.2026 kl 18-20 Sammanträdesplats: Lillö kommungård Ärenden 1-4 Ordinarie: Elin Vikström, ordf. Bo Lindqvist, viceordf. Stina Åkerberg Personlig ersättare Kaj Nordin Övriga: Hugo Strand, kommundirektör Underskrift Elin Vikström Hugo Strand Ordförande protokollförare Bo Lindqvist Stina Åkerberg Justering protokolljusterare protokolljusterare Protokollet framlagt till påseende Intygar Hugo Strand',
  '',
);
const paragraphs = text(
  '3 3 1. LAGLIGHET OCH BESLUTFÖRHET. Kommunstyrelsen 1 Sammanträdet konstaterades lagligt sammankallat och beslutfört.',
  '',
  '4 4 2. PROTOKOLLJUSTERARE. Kommunstyrelsen 2 Till protokolljusterare valdes Bo Lindqvist och Stina Åkerberg.',
  '',
  '5 5 3. FÄRJTIDTABELL FÖR SOMMAREN. Kommunstyrelsen 3 Kommunstyrelsen godkänner tidtabellen.',
  '',
  '6 6 4. ÄRENDEN TILL KÄNNEDOM. Kommunstyrelsen 4 Antecknades för kännedom.',
);

const kallelse = text(
  'Transkript',
  '',
  '1 SAMMANTRÄDESKALLELSE Sammanträdestid Tisdagen kl. 17:00 Sammanträdesplats Kommunkansliet F Ö R E D R A G N I N G S L I S T A KS 41 Kallelse och beslutförhet KS 42 Val av protokolljusterare KS 43 Budgetuppföljning KS 44 Motion om cykelväg Lillö Elin Vikström Kommunstyrelsens ordförande Det justerade protokollet finns framlagt på kommunkansliet',
  '',
  '2 Nr. 5 Plats och tid Kommunkansliet tisdagen kl Beslutande Elin Vikström Bo Lindqvist Stina Åkerberg ordförande viceordförande ledamot Föredragande Hugo Strand Kommundirektör Övriga närvarande Kaj Nordin Paragrafer Underskrifter ordförande sekreterare Elin Vikström Hugo Strand Protokolljustering Ort och tid Lillö onsdagen den , kl Bo Lindqvist Stina Åkerberg. Intygar bestyrks Ort och tid Kommunkansliet kl Hugo Strand Underskrift',
  '',
  '3 2 KS 41 KALLELSE OCH BESLUTFÖRHET Kommunstyrelse 41 FÖRSLAG: Mötet konstateras lagenligt sammankallat och beslutfört. Enligt förslag.',
  '',
  '4 3 KS 42 VAL AV PROTOKOLLJUSTERARE Kommunstyrelse 42 FÖRSLAG: Bo Lindqvist och Stina Åkerberg utses. Enligt förslag.',
  '',
  '5 4 KS 43 BUDGETUPPFÖLJNING Kommunstyrelse 43 FÖRSLAG: Uppföljningen antecknas. Enligt förslag.',
  '',
  '6 5 KS 44 MOTION OM CYKELVÄG Kommunstyrelse 44 FÖRSLAG: Motionen remitteras. Enligt förslag.',
);

describe('a notice page, then the minutes, in one transcript', () => {
  it('`Protokollssida …` after a KALLELSESIDA opens the minutes', () => {
    const docs = parseText(kallelsesida + protokollssida + paragraphs).documents;
    expect(docs.map((d) => d.kind)).toEqual(['notice', 'minutes']);
    expect(docs[0]!.items.map((it) => it.number)).toEqual([1, 2, 3, 4]);
    expect(docs[1]!.participants.map((p) => p.name)).toContain('Kaj Nordin');
  });

  it('an untitled front page (`Nr. 5 Plats och tid … Beslutande …`) after a SAMMANTRÄDESKALLELSE opens the minutes', () => {
    const docs = parseText(kallelse).documents;
    expect(docs.map((d) => d.kind)).toEqual(['notice', 'minutes']);
    expect(docs[0]!.items.map((it) => it.number)).toEqual([41, 42, 43, 44]);
    expect(docs[1]!.items.map((it) => it.number)).toEqual([41, 42, 43, 44]);
    expect(docs[1]!.participants.map((p) => p.name)).toContain('Bo Lindqvist');
  });
});
