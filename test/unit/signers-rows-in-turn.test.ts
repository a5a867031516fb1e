// A signature grid of Åland minutes flattened row by row: a row of names, the row of their role words under them,
// then the next row of names and its role words (`Underskrift Elin Vik Hugo Strand Ordförande protokollförare Bo
// Lind Stina Ek Justering protokolljusterare protokolljusterare`), the adjusting's label standing before the last
// row of role words. A chair for some §§ only has the §§ after the role (`Ordförande (ej § 5-6)`, `Ordförande 5-6`).
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const front = (signers: string): string =>
  text(
    'Transkript',
    '',
    `2 2 Protokollssida Sammanträdestid 3.3.2026 kl 18-20 Sammanträdesplats: Lillö kommungård Ärenden 1-3 Ordinarie: Elin Vikström, ordf. Bo Lindqvist, viceordf. Stina Åkerberg Kaj Nordin Övriga: Hugo Strand, kommundirektör ${signers} Protokollet framlagt till påseende Intygar Hugo Strand`,
    '',
    '3 3 1. LAGLIGHET OCH BESLUTFÖRHET. Kommunstyrelsen 1 Sammanträdet konstaterades lagligt sammankallat och beslutfört.',
    '',
    '4 4 2. FÄRJTIDTABELL FÖR SOMMAREN. Kommunstyrelsen 2 Kommunstyrelsen godkänner tidtabellen.',
    '',
    '5 5 3. ÄRENDEN TILL KÄNNEDOM. Kommunstyrelsen 3 Antecknades för kännedom.',
  );

const signaturesOf = (signers: string) => parseText(front(signers)).documents.find((d) => d.kind === 'minutes')!.signatures;

describe('rows of signers and their role words in turn', () => {
  it('two names over two role words, then two names over the adjusters’ role words after `Justering`', () => {
    expect(signaturesOf('Underskrift Elin Vikström Hugo Strand Ordförande protokollförare Bo Lindqvist Stina Åkerberg Justering protokolljusterare protokolljusterare')).toMatchObject({
      chair: ['Elin Vikström'],
      secretary: ['Hugo Strand'],
      adjusters: ['Bo Lindqvist', 'Stina Åkerberg'],
    });
  });

  it('a chair for some §§ in a row of its own, the §§ after each chair’s role word', () => {
    expect(
      signaturesOf('Underskrift Elin Vikström Hugo Strand Ordförande (ej § 2-3) protokollförare Bo Lindqvist Ordförande 2-3 Kaj Nordin Stina Åkerberg Justering protokolljusterare protokolljusterare'),
    ).toMatchObject({ chair: ['Elin Vikström', 'Bo Lindqvist'], secretary: ['Hugo Strand'], adjusters: ['Kaj Nordin', 'Stina Åkerberg'] });
  });

  it('each name before its own role word, capitalised (`Anna Ek Ordförande Bo Lind Protokollförare`)', () => {
    expect(signaturesOf('Underskrifter: Jim Holm Ordförande Margaret Sand Protokollförare')).toMatchObject({ chair: ['Jim Holm'], secretary: ['Margaret Sand'] });
  });

  it('names that no row of role words follows leave the grid unread: no name is given a role it was not written with', () => {
    const signatures = signaturesOf('Underskrift Elin Vikström Hugo Strand Ordförande protokollförare Bo Lindqvist Stina Åkerberg');
    expect(signatures?.chair ?? []).not.toContain('Bo Lindqvist');
    expect(signatures?.secretary ?? []).not.toContain('Stina Åkerberg');
    expect(signatures?.secretary ?? []).not.toContain('Bo Lindqvist');
  });
});
