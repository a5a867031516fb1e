// A web transcript of Åland minutes that prints the notice's page and then the minutes' untitled
// front page (`Nr. 5` / `Plats och tid …` / `Beslutande …`) with no blank line between them, each
// page on a line of its own after its page number: the minutes open where their page does (the
// transcript's page number says so), and their number and place are theirs, not the notice's.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const transcript = text(
  'Transkript',
  '1 SAMMANTRÄDESKALLELSE Sammanträdestid Tisdagen kl. 17:00 Sammanträdesplats Kommunkansliet F Ö R E D R A G N I N G S L I S T A KS 41 Kallelse och beslutförhet KS 42 Val av protokolljusterare KS 43 Budgetuppföljning KS 44 Motion om cykelväg Lillö Elin Vikström Kommunstyrelsens ordförande Det justerade protokollet finns framlagt på kommunkansliet',
  '2 Nr. 5 Plats och tid Skolans matsal tisdagen kl Beslutande Elin Vikström Bo Lindqvist Stina Åkerberg ordförande viceordförande ledamot Föredragande Hugo Strand Kommundirektör Övriga närvarande Kaj Nordin Paragrafer Underskrifter ordförande sekreterare Elin Vikström Hugo Strand Protokolljustering Ort och tid Lillö onsdagen den , kl Bo Lindqvist Stina Åkerberg. Intygar bestyrks Ort och tid Kommunkansliet kl Hugo Strand Underskrift',
  '3 2 KS 41 KALLELSE OCH BESLUTFÖRHET Kommunstyrelse 41 FÖRSLAG: Mötet konstateras lagenligt sammankallat och beslutfört. Enligt förslag.',
  '4 3 KS 42 VAL AV PROTOKOLLJUSTERARE Kommunstyrelse 42 FÖRSLAG: Bo Lindqvist och Stina Åkerberg utses. Enligt förslag.',
  '5 4 KS 43 BUDGETUPPFÖLJNING Kommunstyrelse 43 FÖRSLAG: Uppföljningen antecknas. Enligt förslag.',
  '6 5 KS 44 MOTION OM CYKELVÄG Kommunstyrelse 44 FÖRSLAG: Motionen remitteras. Enligt förslag.',
);

describe('a notice page, then the minutes, with no blank line between the pages', () => {
  it('opens the minutes at their page, with their number and place', () => {
    const docs = parseText(transcript).documents;
    expect(docs.map((d) => d.kind)).toEqual(['notice', 'minutes']);
    expect(docs[0]!.lines.end).toBe(2);
    expect(docs[1]!.lines.start).toBe(3);
    expect(docs[1]!.meeting?.number).toBe('5');
    expect(docs[1]!.meeting?.location).toBe('Skolans matsal');
    expect(docs[0]!.meeting?.location).toBe('Kommunkansliet');
  });
});
