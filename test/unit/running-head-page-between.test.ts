// Minutes of four pages whose running header (`STRANDVIKS KOMMUN   SAMMANTRÄDESPROTOKOLL   3` /
// `Tekniska nämnden   Nr 2/2026`) stands on the front page and on the § pages but not on the
// page between them, a notice page of its own (`KALLELSESIDA`, Swedish-language Finnish
// minutes) or a posting certificate: the header's run bridges that one page, so its line is
// furniture on the last page too, not the end of the § above. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, parseText, text } from './helpers.js';

const head = (page: number): string =>
  text(`STRANDVIKS KOMMUN                    SAMMANTRÄDESPROTOKOLL              ${page}`, 'Tekniska nämnden                     Nr 2/2026', '');

// (the minutes, and the notice page within them a notice of its own)
const doc = parseText(
  head(1) +
    text(
      'Sammanträdestid      Tisdagen den 10.2.2026 kl. 17:00-18:30',
      'Sammanträdesplats    Ämbetshuset, mötesrum Sälen',
      '',
      'Beslutande           Lindqvist Kaj',
      '                     Öhman Rebecka',
      '                     Sundell Tor',
      '',
      'Paragrafer           5-8',
      '',
      'Underskrift          Ordförande              Protokollförare',
      '                     Kaj Lindqvist           Eva Rönn',
      '\f',
    ) +
    text(
      'KALLELSESIDA                         Utfärdat den 2.2.2026              2',
      'Sammanträdestid      Tisdagen den 10.2.2026 kl. 17:00',
      '',
      'Ärendets nr   Ärende',
      '5             Laglighet och beslutförhet',
      '6             Protokolljustering',
      '7             Snöröjning av byavägar',
      '8             Gatubelysning i Norrby',
      '\f',
    ) +
    head(3) +
    text(
      '§ 5 Laglighet och beslutförhet',
      '',
      'Nämnden konstaterade att sammanträdet är lagligt sammankallat och beslutfört.',
      '',
      '§ 6 Protokolljustering',
      '',
      'Till protokolljusterare utsågs Rebecka Öhman och Tor Sundell.',
      '\f',
    ) +
    head(4) +
    text('§ 7 Snöröjning av byavägar', '', 'Nämnden godkänner avtalet om snöröjning.', '', '§ 8 Gatubelysning i Norrby', '', 'Ärendet bordläggs.'),
).documents.find((d) => d.kind === 'minutes')!;

describe('a running header over a page without it', () => {
  it('is furniture on the pages after that page', () => {
    expect(item(doc, 6).text).toBe('Till protokolljusterare utsågs Rebecka Öhman och Tor Sundell.');
    expect(item(doc, 8).text).toBe('Ärendet bordläggs.');
  });
});
