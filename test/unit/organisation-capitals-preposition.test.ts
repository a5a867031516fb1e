// A municipality's name read from a heading written in capitals that runs on before it (`TAXOR FÖR EKBY KOMMUN`, an agenda's
// point on a page flattened onto one line): the preposition is none of the name. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const minutes = (point: string): string =>
  text(
    'Transkript',
    '',
    `1 KOMMUNFULLMÄKTIGE PROTOKOLL 3/2019 Mötestidpunkt kl Mötesplats Kommunhuset, salen Ärenden för behandling KONSTATERANDE AV MÖTETS LAGENLIGHET VAL AV PROTOKOLLJUSTERARE 13 ${point} 3 14 BESVÄRSANVISNING 4`,
    '',
    '2 Mötesprotokoll Nr 3/2019 KOMMUNFULLMÄKTIGE 1 MÖTESTIDPUNKT kl MÖTESPLATS Kommunhuset, salen DELTAGARE Beslutsfattare Anna Ek Bo Lind Ordförande UNDERSKRIFT Ordförande Protokollförare Anna Ek Underskrift Eva Holm',
  );
const organisationOf = (t: string): string | null => parseText(t).documents[0]!.meeting!.organisation;

describe('a public body named after a preposition in capitals', () => {
  it('leaves the preposition out', () => {
    expect(organisationOf(minutes('TAXOR FÖR EKBY KOMMUN (BILAGA)'))).toBe('Ekby kommun');
  });
  it('leaves out another preposition too', () => {
    expect(organisationOf(minutes('BYGGLOV I VÄSTBY KOMMUN'))).toBe('Västby kommun');
  });
});
