// A web transcript of Swedish-language Finnish minutes from a case system that heads each page
// with the § number and the organ's code (`§ 41, NSTYR, 14.04.2015 18:00`): the transcript keeps
// `41, NSTYR :00 Sida 2` after its own page number, and the front pages `-1, NSTYR :00`; the
// code and the number close the page again (`NSTYR 41`). Every name and place is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const MINUTES = text(
  '1 -1, NSTYR :00 Sida 1 SAMMANTRÄDESTID: kl. 18:00 - 20:30 SAMMANTRÄDESPLATS: Stadshuset, styrelserummet NÄRVARANDE MEDLEMMAR: Ordförande Olle Sjö FRÅNVARANDE: Ledamot Sten Al',
  '',
  '2 41, NSTYR :00 Sida 2 SAMMANTRÄDETS LAGLIGHET OCH BESLUTFÖRHET Sammanträdet konstaterades vara lagligen sammankallat och beslutfört. NSTYR 41',
  '',
  '3 42, NSTYR :00 Sida 3 PROTOKOLLETS JUSTERING Till protokolljusterare valdes Tina Ek och Kaj Berg. NSTYR 42',
  '',
  '4 43, NSTYR :00 Sida 4 FÖRSÄLJNING AV TOMT I VÄSTERBY Stadsdirektörens förslag: Stadsstyrelsen säljer tomten. Beslut: Förslaget godkändes. NSTYR 43',
);

describe("a transcript's page heads of § number and organ code", () => {
  const doc = meetingDoc(MINUTES);

  it('reads each page that opens with the number and the code as that §', () => {
    expect(doc.items.map((i) => i.number)).toEqual([41, 42, 43]);
  });

  it('keeps the code and the time out of the titles, and the closing code out of the text', () => {
    expect(doc.items[0]!.title).toBe('SAMMANTRÄDETS LAGLIGHET OCH BESLUTFÖRHET');
    expect(doc.items.every((i) => i.title.startsWith('S') || i.title.startsWith('P') || i.title.startsWith('F'))).toBe(true);
    expect(doc.items.some((i) => /NSTYR|:00|Sida/u.test(i.title))).toBe(false);
    expect(doc.items.some((i) => i.text.includes('NSTYR'))).toBe(false);
  });
});
