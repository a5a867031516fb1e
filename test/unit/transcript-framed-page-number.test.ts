// A sharing site's transcript numbers each page before its text, and a form-like page prints its own number again
// at its end (`2 Protokoll … Justerare signatur Utdragsbestyrkande 2`). The number at the end is the page's furniture,
// not a line of its own: left standing, it read as a § heading with the next page's running header for its title
// (`1` / `Protokoll NORRBY KOMMUN`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { linesOf, meetingDoc } from './helpers.js';

const MINUTES = [
  'Transkript',
  '',
  '1 Protokoll Norrby tekniknämnd Tid Starttid 13:00 Sluttid: Plats Norrby - Rum Eken Beslutande ledamöter Eva Strand (S), ordförande, Norrby kommun Bo Alm (C), vice ordförande, Västby kommun Övriga Lisa Holm, Ekonom Ordförande Justerare Eva Strand Bo Alm Nämndsekreterare Karin Lund 1',
  '',
  '2 Protokoll NORRBY KOMMUN ANSLAG/BEVIS Protokollet är justerat. Justeringen har tillkännagivits genom anslag. Styrelse/Nämnd Norrby tekniknämnd Sammanträdesdatum Förvaringsplats för protokollet Kommunhuset i Norrby Justerare signatur Utdragsbestyrkande 2',
  '',
  '3 Protokoll Val av justerare Beslut Norrby tekniknämnd väljer Bo Alm (C) till justerare Paragrafen är justerad Justerare signatur Utdragsbestyrkande 3',
  '',
  '4 Protokoll Förvaltningschefen informerar Ärendebeskrivning Förvaltningschefen informerar om läget. Beslut Norrby tekniknämnd lägger informationen till handlingarna. Justerare signatur Utdragsbestyrkande 4',
  '',
].join('\n');

describe('a transcript’s page number that the page prints again at its end', () => {
  it('is dropped with the page’s furniture, no line of its own', () => {
    expect(linesOf(MINUTES).filter((l) => /^\d+$/u.test(l.text)).map((l) => l.text)).toEqual([]);
  });

  it('opens no item with the next page’s header for its title', () => {
    const doc = meetingDoc(MINUTES);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([]);
    expect(doc.signatures?.chair).toEqual(['Eva Strand']);
  });
});
