// Åland's and Swedish-language Finnish minutes print their notice page in the minutes' own template: the letterhead
// with the kind's word of the whole file (`ÖSTBY KOMMUN   PROTOKOLL`) stands over it as over every page, and only the
// label of the day the notice was issued (`Utfärdat den …`, on the title's row or the letterhead's next row) says what the
// page is. Bound in after the front page, it is a notice of its own (its points its items, its hours not the meeting's
// record), whether its §§ follow in the minutes or the file ends after it; the minutes keep their front page and take the
// organ the page's letterhead names. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const kindsAndItems = (source: string) =>
  parseText(source).documents.map((d) => `${d.kind}: ${d.items.map((it) => it.number).join(',')}`);

describe('a notice page issued under the minutes’ letterhead', () => {
  // a web transcript, a page a line, cut off after the notice page
  const transcript = text(
    'Transkript',
    '',
    '1 ÖSTERVIKS KOMMUN PROTOKOLL Sammanträdesdatum Nr KOMMUNSTYRELSEN 4/26 Sammanträdestid kl Beslutande Kommungården x Holm, Kaj, ordförande x Lund, Maja x Berg, Elis - Sund, Tove Övriga närvarande x Ek, Stina, kommundirektör Paragrafer Underskrifter Ordförande Sekreterare Kaj Holm Protokolljustering Norrby den Maja Lund Elis Berg Protokollet framlagt till påseende Norrby den Intygar Underskrift',
    '',
    '2 ÖSTERVIKS KOMMUN PROTOKOLL Utfärdat den Nr KOMMUNSTYRELSEN 4/26 Sammanträdestid Onsdag kl Sammanträdesplats Kommungården 41 Laglighet och beslutförhet 42 Protokolljusterare 43 Föredragningslistan 44 Budgetuppföljning mars 45 Avtal om snöröjning 46 Ärenden till kännedom',
  );

  it('run on in one line, cut off after it: a notice after the minutes’ front page', () => {
    expect(kindsAndItems(transcript)).toEqual(['minutes: ', 'notice: 41,42,43,44,45,46']);
  });

  it('leaves the §§ after it to the minutes, its points to the notice', () => {
    const paragraphs = `${transcript}\n\n3 LAGLIGHET OCH BESLUTFÖRHET Kst 41 Sammanträdet konstaterades lagligen sammankallat och beslutfört.`;
    expect(kindsAndItems(paragraphs)).toEqual(['minutes: 41', 'notice: 41,42,43,44,45,46']);
  });

  it('headed by the notice it names (`Möteskallelsen utfärdad den`), after an untitled front page', () => {
    const named = text(
      'Transkript',
      '',
      '1 Nr 7/2026 Sammanträdestid Måndagen den kl Sammanträdesplats Beslutande Kommungården x Holm Kaj, ordf. x Lund Maja - Berg Elis Övriga närvarande x Ek Stina, sekreterare Paragrafer Underskrifter Ordförande Sekreterare Kaj Holm Protokolljustering Norrby den 9 mars 2026 Stina Ek',
      '',
      '2 Möteskallelsen utfärdad den Sammanträdestid Måndagen den kl Sammanträdesplats Kommungården Ärenden: 81 Konstatera laglighet och beslutförhet 82 Protokolljusterare 83 Föredragningslistan 84 Vägunderhåll i Norrby',
    );
    expect(kindsAndItems(named)).toEqual(['minutes: ', 'notice: 81,82,83,84']);
  });

  it('lends the minutes the organ its letterhead names', () => {
    expect(parseText(transcript).documents[0]!.meeting?.body).toBe('kommunstyrelse');
  });

  // a PDF's text, the label on the letterhead's second row, the §§ after the page
  const page = (n: number, second: string, ...body: string[]): string[] => [
    `SKÄRVIKS KOMMUN                      PROTOKOLL                          ${n}`,
    `Kommunstyrelsen                      ${second}`,
    '',
    ...body,
    '\f',
  ];
  const pdf = text(
    ...page(1, 'Nr 4/2026', 'Sammanträdestid      Måndagen den 9.2.2026 kl. 18:00-19:50', 'Sammanträdesplats    Kommungården', '', 'Beslutande           Wikström Hans, ordförande', '                     Berglund Tove', '', 'Paragrafer           21-24'),
    ...page(2, 'Utfärdat den 2.2.2026', 'Sammanträdestid      Måndagen den 9.2.2026 kl. 18:00', 'Sammanträdesplats    Kommungården', '', 'Ärendets nr   Ärende', '21. LAGLIGHET OCH BESLUTFÖRHET', '22. PROTOKOLLJUSTERING', '23. VATTENTJÄNSTER I LILLBY', '24. ÄRENDEN TILL KÄNNEDOM', '', 'Hans Wikström, ordförande'),
    ...page(3, '9.2.2026', '§ 21 LAGLIGHET OCH BESLUTFÖRHET', 'Sammanträdet konstaterades lagligen sammankallat och beslutfört.', '', '§ 22 PROTOKOLLJUSTERING', 'Till protokolljusterare valdes Tove Berglund.', '', '§ 23 VATTENTJÄNSTER I LILLBY', 'Kommunstyrelsen godkänner avtalet med andelslaget.', '', '§ 24 ÄRENDEN TILL KÄNNEDOM', 'Antecknades för kännedom.'),
  );

  it('in columns, the §§ after it: a notice within the minutes, the §§ the minutes’', () => {
    const docs = parseText(pdf).documents;
    expect(docs.map((d) => d.kind)).toEqual(['minutes', 'notice']);
    expect(docs[0]!.items.map((it) => it.number)).toEqual([21, 22, 23, 24]);
    expect(docs[0]!.items[2]!.text).toBe('Kommunstyrelsen godkänner avtalet med andelslaget.');
    expect(docs[1]!.items.map((it) => it.title)).toEqual(['LAGLIGHET OCH BESLUTFÖRHET', 'PROTOKOLLJUSTERING', 'VATTENTJÄNSTER I LILLBY', 'ÄRENDEN TILL KÄNNEDOM']);
    expect(docs[0]!.meeting?.endTime).toBe('19:50');
  });

  it('its letterhead’s row taken as the pages’ running head, the label left atop the page', () => {
    const undated = pdf.replace('Måndagen den 9.2.2026 kl. 18:00-19:50', 'kl. 18:00-19:50');
    const docs = parseText(undated).documents;
    expect(docs.map((d) => `${d.kind}: ${d.items.map((it) => it.number).join(',')}`)).toEqual(['minutes: 21,22,23,24', 'notice: 21,22,23,24']);
    expect(docs[0]!.items[0]!.text).toBe('Sammanträdet konstaterades lagligen sammankallat och beslutfört.');
  });

  it('is no notice where the minutes only say the notice was issued (`Kallelsen utfärdad den …`)', () => {
    const front = pdf.replace('Paragrafer           21-24', 'Paragrafer           21-24\nKallelsen utfärdad den 2.2.2026').replace('Utfärdat den 2.2.2026', '9.2.2026');
    expect(parseText(front).documents.map((d) => d.kind)).toEqual(['minutes']);
  });
});
