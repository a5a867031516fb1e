// `den 7/3 2014`: a day and month with a slash and the year after a space, after `den` or a weekday (the adjusting's
// date of Åland minutes, `Justering, Ekö den 7/3 2014,`). The `den` opens the day-and-month reading, which took the
// date without its year. Every text is invented.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/text/dates.js';
import { parseText } from './helpers.js';

describe('a slashed day and month with its year after den', () => {
  it('reads den 7/3 2014 as the seventh of March 2014', () => {
    expect(findDates('Justering, Ekö den 7/3 2014, Eva Holm').map((d) => d.iso)).toEqual(['2014-03-07']);
    expect(findDates('tisdag 12/11 2019 kl 18').map((d) => [d.iso, d.spelledOut])).toEqual([['2019-11-12', true]]);
    // (without the year, still the day and month alone; a two-digit year after a dash as before)
    expect(findDates('den 3/11 kl 18').map((d) => [d.day, d.month, d.iso])).toEqual([[3, 11, null]]);
    expect(findDates('den 5/3 -19').map((d) => d.iso)).toEqual(['2019-03-05']);
  });

  it('dates the adjusting of a signing grid flattened onto one line', () => {
    const result = parseText(
      [
        'Ekö kommun SAMMANTRÄDESPROTOKOLL',
        '',
        '1 KOMMUNFULLMÄKTIGE Sammanträdestid: Sammanträdesplats: Kansliet, Ekö Beslutande: Ordinarie ledamöter: Lars Berg, ordförande Eva Holm, viceordf. Nils Ström Karin Lund Övriga närvarande: Per Ek, kommundirektör, protokollförare Underskrifter: Lars Berg Ordförande Per Ek Protokollförare Justering, Ekö den 7/3 2014, Eva Holm Protokolljusterare Karin Lund protokolljusterare, Protokollet officiellt framlagt : Ekö by, TISdagen den Intygar, tjänsteställning: Per Ek, Kommundirektör',
        '',
        '2 KOMMUNFULLMÄKTIGE ÄRENDEN 9 SAMMANTRÄDETS LAGLIGHET 10 VAL AV PROTOKOLLJUSTERARE',
      ].join('\n'),
    );
    expect(result.documents[0]!.signatures!.adjustedOn).toBe('2014-03-07');
  });
});
