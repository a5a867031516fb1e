// Åland minutes sign over their role words, each adjuster's name before its `Protokolljusterare`, the adjusting's label
// before the first (`Justering, Alby torsdag Åsa Berg Protokolljusterare Olle Dal Protokolljusterare`), and the
// posting's label run on after the last (`Protokollet officiellt framlagt : Alby by, fredagen den`). That label was no
// label, so the last role word had a value after it and the names were paired each with the label before it: the first
// adjuster was lost. Every name and place is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (signing: string) =>
  meetingDoc(
    text(
      'Alby kommun SAMMANTRÄDESPROTOKOLL',
      '',
      'KOMMUNSTYRELSEN',
      'Sammanträdestid: 12.3.2014 kl. 18.00',
      'Sammanträdesplats: Kommunkansliet, Alby',
      `Beslutande: Ordinarie: Eva Holm, ordförande Tor Ek, viceordf. Åsa Berg Olle Dal Mia Sund Övriga närvarande: Per Lind, kommundirektör, protokollförare Underskrifter: Eva Holm Ordförande Per Lind Protokollförare ${signing} Intygar, tjänsteställning: Per Lind, Kommundirektör`,
      '',
      '§ 20 Sammanträdets laglighet och beslutförhet',
      'Sammanträdet konstaterades vara lagligt sammankallat och beslutfört.',
      '§ 21 Budget 2015',
      'Kommunstyrelsen godkänner budgeten.',
    ),
  );

describe('adjusters signing over their role words, the posting run on after them', () => {
  it('`Justering, Alby TORSdag 1/ Åsa Berg Protokolljusterare Olle Dal Protokolljusterare Protokollet officiellt framlagt : …`', () => {
    const s = minutes('Justering, Alby TORSdag 1/ Åsa Berg Protokolljusterare Olle Dal Protokolljusterare Protokollet officiellt framlagt : Alby by, FREdagen den').signatures;
    expect([s?.chair, s?.secretary, s?.adjusters]).toEqual([['Eva Holm'], ['Per Lind'], ['Åsa Berg', 'Olle Dal']]);
  });

  it('`… Åsa Berg Protokolljusterare Olle Dal protokolljusterare, Protokollet officiellt framlagt : …`: the last role word in lower case', () => {
    const s = minutes('Justering, Alby den 7/3 2014, Åsa Berg Protokolljusterare Olle Dal protokolljusterare, Protokollet officiellt framlagt : Alby by, TISdagen den').signatures;
    expect([s?.chair, s?.secretary, s?.adjusters]).toEqual([['Eva Holm'], ['Per Lind'], ['Åsa Berg', 'Olle Dal']]);
  });
});
