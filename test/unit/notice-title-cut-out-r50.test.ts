// A web transcript of Finnish or Åland minutes, one line per page: the front page, then the agenda's page under the
// same letterhead (`NORRÖ KOMMUN KOMMUNFULLMÄKTIGE FÖREDRAGNINGSLISTA Nr 3 Tid … Plats … Ärenden: 14 …`). The
// agenda's word, its number and the header's labels run on after it open a notice of its own, read for its time and
// place and its points; the minutes before it keep no point of it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const transcript = text(
  'Transkript',
  '',
  '1 NORRÖ KOMMUN KOMMUNFULLMÄKTIGE SAMMANTRÄDESPROTOKOLL Nr 3 Tid Torsdagen den 9 april 2026 kl 19:00-20:40 Plats Närvarande Kommungården i Norrö Ledamöter: Sund Maja, ordförande Berg Elis, viceordf Holm Tove Protokolljustering Maja Sund Ordförande Kaj Lind Sekreterare Elis Berg Protokolljusterare',
  '',
  '2 NORRÖ KOMMUN KOMMUNFULLMÄKTIGE FÖREDRAGNINGSLISTA Nr 3 Tid Torsdagen den 9 april 2026 kl 19:00 Plats Kommungården i Norrö Ärenden: 14 KONSTATERANDE AV LAGLIGHET OCH BESLUTFÖRHET 15 PROTOKOLLJUSTERARE 16 HAMNAVGIFTER',
);

describe('an agenda page under the letterhead of a run-on transcript', () => {
  const docs = parseText(transcript).documents;

  it('opens a notice after the minutes', () => {
    expect(docs.map((d) => d.kind)).toEqual(['minutes', 'notice']);
  });

  it('reads the notice for its number, time, place and points', () => {
    const notice = docs[1]!;
    expect(notice.meeting?.number).toBe('3');
    expect(notice.meeting?.startTime).toBe('19:00');
    expect(notice.meeting?.location).toBe('Kommungården i Norrö');
    expect(notice.items.map((it) => it.number)).toEqual([14, 15, 16]);
  });

  it('leaves the minutes without its points', () => {
    expect(docs[0]!.items).toEqual([]);
  });
});

describe('a cut-out title on the first page under a sharing site header', () => {
  const shared = text(
    'NORRÖ KOMMUN KOMMUNSTYRELSE',
    '|',
    '|',
    '- Elin Vik',
    '- för 6 år sedan',
    '- Visningar:',
    'Transkript',
    '1 SAMMANTRÄDESKALLELSE Sammanträdestid Tisdagen kl. 17:00 Sammanträdesplats Kommunkansliet F Ö R E D R A G N I N G S L I S T A KS 41 Kallelse och beslutförhet KS 42 Val av protokolljusterare KS 43 Hamnavgifter Norrö Maja Sund Kommunstyrelsens ordförande',
  );

  it('titles the notice the header stands over, no document of its own', () => {
    const docs = parseText(shared).documents;
    expect(docs.map((d) => d.kind)).toEqual(['notice']);
    expect(docs[0]!.meeting?.body).toBe('kommunstyrelse');
  });
});
