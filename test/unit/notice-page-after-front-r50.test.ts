// A web transcript of Finnish minutes, one line per page, cut off after its second page: the front page, then the
// notice page (`KALLELSESIDA Utfärdat … Sammanträdesplats Kommungården Ärendets nummer Ärende 114. LAGLIGHET …`), its
// points run on and cut at their numbers (`… BESLUTFÖRHET 115.`). The page is a notice, not a page about papers (a
// line that ends on the next point's number ends no sentence); its place ends before the column heads; a point's
// title (`118. KOMMUNFULLMÄKTIGES PROTOKOLL`) names no organ of the meeting. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const transcript = text(
  'Transkript',
  '',
  '1 SAMMANTRÄDESPROTOKOLL Nr 4/2026 4/80 Sammanträdestid Måndag , kl Sammanträdesplats Kommungården Beslutande: Ersättare: Lund, Maja Berg, Elis Sund, Tove Holm, Kaj Övriga närvarande: Ek, Stina kfge:s ordförande Paragrafer: Underskrifter: Ordförande: Protokollförare: Protokolljustering plats och tid: Maja Lund Norrby, den 9 mars 2026 Stina Ek Protokollet framlagt till påseende, plats och tid: Intygar, underskrift, tjänsteställning Elis Berg Norrby, den 12 mars 2026 Stina Ek, kommunsekreterare Tove Sund',
  '',
  '2 KALLELSESIDA Utfärdat /81 Sammanträdestid Måndag , kl Sammanträdesplats Kommungården Ärendets nummer Ärende 114. LAGLIGHET OCH BESLUTFÖRHET 115. PROTOKOLLJUSTERING 116. GODKÄNNANDE AV FÖREDRAGNINGSLISTAN 117. NÄMNDERS PROTOKOLL 118. KOMMUNFULLMÄKTIGES PROTOKOLL 119. BORGEN Återlämnande av inteckning till Norrby Energiandelslag 120. FÖRVALTNING Protokolljustering, kommunstyrelsen ; rättelse av paragrafen 121. DELGIVNINGSÄRENDEN',
);

describe('a cut-off notice page after the minutes front page', () => {
  const docs = parseText(transcript).documents;

  it('is a notice after the minutes', () => {
    expect(docs.map((d) => d.kind)).toEqual(['minutes', 'notice']);
  });

  it('has its place without the column heads', () => {
    expect(docs[1]!.meeting?.location).toBe('Kommungården');
  });

  it('takes no organ from a point of its list', () => {
    expect(docs[1]!.meeting?.body).not.toBe('kommunfullmäktige');
  });
});
