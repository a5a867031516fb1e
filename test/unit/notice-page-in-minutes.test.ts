// Swedish-language Finnish and Åland minutes print the meeting's notice as a page of their own:
// after the front page (`KALLELSE   Utfärdat den 2.2.2026`, its time and place, the points),
// then the §§ that take those points up; or first in the file (`KALLELSESIDA`) over a
// `PROTOKOLLSSIDA` front page. A notice page inside the minutes, before their first §, whose
// points come back as the §§ further on, leaves the §§ to the minutes, and is a notice all the
// same (issued before the meeting), its points its items: a document of its own within the
// minutes' lines (round 50: a blind set's gold counts it so). A `KALLELSESIDA` that opens the
// file is a notice of its own, its points its items. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const front = text(
  'SKÄRVIKS KOMMUN                      PROTOKOLL                          1',
  'Kommunstyrelsen                      Nr 4/2026',
  '',
  'Sammanträdestid      Måndagen den 9.2.2026 kl. 18:00-19:50',
  'Sammanträdesplats    Kommungården',
  '',
  'Beslutande           Wikström Hans, ordförande',
  '                     Berglund Tove',
  '                     Kronqvist Elis',
  '',
  'Paragrafer           21-24',
  '\f',
);
const noticePage = (title: string): string =>
  text(
    `${title}                             Utfärdat den 2.2.2026              2`,
    'Sammanträdestid      Måndagen den 9.2.2026 kl. 18:00',
    'Sammanträdesplats    Kommungården',
    '',
    'Ärendets nr   Ärende',
    '21. LAGLIGHET OCH BESLUTFÖRHET',
    '22. PROTOKOLLJUSTERING',
    '23. VATTENTJÄNSTER I LILLBY',
    '24. ÄRENDEN TILL KÄNNEDOM',
    '',
    'Hans Wikström, ordförande',
    '\f',
  );
const items = text(
  '§ 21 LAGLIGHET OCH BESLUTFÖRHET',
  'Sammanträdet konstaterades lagligen sammankallat och beslutfört.',
  '',
  '§ 22 PROTOKOLLJUSTERING',
  'Till protokolljusterare valdes Tove Berglund och Elis Kronqvist.',
  '',
  '§ 23 VATTENTJÄNSTER I LILLBY',
  'Kommunstyrelsen godkänner avtalet med andelslaget.',
  '',
  '§ 24 ÄRENDEN TILL KÄNNEDOM',
  'Antecknades för kännedom.',
);

describe('a notice page in minutes', () => {
  it('after the front page, keeps the §§ in the minutes', () => {
    const docs = parseText(front + noticePage('KALLELSE') + items).documents;
    expect(docs.map((d) => d.kind)).toEqual(['minutes', 'notice']);
    expect(docs[1]!.items.map((it) => it.number)).toEqual([21, 22, 23, 24]);
    expect(docs[0]!.items.map((it) => it.number)).toEqual([21, 22, 23, 24]);
    expect(docs[0]!.items[2]!.text).toBe('Kommunstyrelsen godkänner avtalet med andelslaget.');
  });

  it('after the front page, its points in a column (`21   Laglighet …`), keeps the §§ in the minutes', () => {
    const columnPage = noticePage('KALLELSESIDA')
      .replace('21. LAGLIGHET OCH BESLUTFÖRHET', '21            Laglighet och beslutförhet')
      .replace('22. PROTOKOLLJUSTERING', '22            Protokolljustering')
      .replace('23. VATTENTJÄNSTER I LILLBY', '23            Vattentjänster i Lillby')
      .replace('24. ÄRENDEN TILL KÄNNEDOM', '24            Ärenden till kännedom');
    const docs = parseText(front + columnPage + items).documents;
    expect(docs.map((d) => d.kind)).toEqual(['minutes', 'notice']);
    expect(docs[0]!.items.map((it) => it.number)).toEqual([21, 22, 23, 24]);
    expect(docs[0]!.items[3]!.text).toBe('Antecknades för kännedom.');
  });

  it('named KALLELSESIDA first in the file, is a notice over the minutes of its PROTOKOLLSSIDA', () => {
    const protocolPage = text(
      'PROTOKOLLSSIDA',
      'Sammanträdestid      Måndagen den 9.2.2026 kl. 18:00-19:50',
      'Sammanträdesplats    Kommungården',
      'Beslutande           Wikström Hans, ordförande',
      '                     Berglund Tove',
      '                     Kronqvist Elis',
      '\f',
    );
    const docs = parseText(noticePage('KALLELSESIDA') + protocolPage + items).documents;
    expect(docs.map((d) => d.kind)).toEqual(['notice', 'minutes']);
    expect(docs[0]!.items.map((it) => it.number)).toEqual([21, 22, 23, 24]);
    expect(docs[1]!.items.map((it) => it.number)).toEqual([21, 22, 23, 24]);
    expect(docs[1]!.items[0]!.text).toBe('Sammanträdet konstaterades lagligen sammankallat och beslutfört.');
  });
});
