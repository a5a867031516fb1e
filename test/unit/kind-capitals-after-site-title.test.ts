// A sharing site's page opens with its own title of the document (`Kansliet/Eva Ek NS 4/09. Tid Måndagen den 9 mars
// 2009, kl Stora salen, Västby`), and the transcript's first page then opens with the kind's word in capitals
// (`1 PROTOKOLL NS (12) …`). Read joined with the site's title, which ends in a small letter, the kind's word looked
// like a word of a sentence, and a `Föredragningslista` § on the next page made the minutes a notice. A word in
// capitals is a running header's, never a sentence's. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const PAGE = [
  'Kansliet/Eva Ek NS 4/09. Tid Måndagen den 9 mars 2009, kl Stora salen, Västby',
  '',
  'Storlek: px',
  'Starta visningen från sidan:',
  '',
  'Download "Kansliet/Eva Ek NS 4/09. Tid Måndagen den 9 mars 2009, kl. 09.00 12.00. Stora salen, Västby"',
  '',
  'Transkript',
  '',
  '1 PROTOKOLL NS (12) Kansliet/Eva Ek NS 4/09 Nämndstyrelsen Tid Måndagen den 9 mars 2009, kl Plats Närvarande ledamöter Sekreterare Stora salen, Västby Anna Berg (m), ordf Olle Ek (c) Karin Lund (s) Eva Ek 40 Justerare och dag för justering Olle Ek utsågs att jämte ordföranden justera protokollet.',
  '',
  '2 2(12) 41 Föredragningslista Föredragningslistan godkändes utan ändringar. 42 Förvaltningschefens rapport Förvaltningschefen informerade om läget.',
  '',
].join('\n');

describe('the kind’s word in capitals after a site’s title of the document', () => {
  it('names minutes, though the title before it ends in a small letter', () => {
    expect(parseText(PAGE).documents.map((d) => d.kind)).toEqual(['minutes']);
  });

  it('still reads a word for minutes in lower case after a small letter as a sentence’s', () => {
    const guide = 'Sammanträden\n\nBeslut som fattas på sammanträdena redovisas i protokoll som publiceras här.\n\nHandlingarna publiceras en vecka före sammanträdet.\n';
    expect(parseText(guide).documents.map((d) => d.kind)).not.toContain('minutes');
  });
});
