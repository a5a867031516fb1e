// The protocol's number as a Finnish or Åland transcript's running head prints it: after the kind's word and
// its own `Nr`, a bare number with no year (`KOMMUNFULLMÄKTIGE SAMMANTRÄDESPROTOKOLL Nr 7 Tid …`,
// `FÖRBUNDSSTYRELSEN KALLELSE Nr 6 Tid …`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const minutes = (head: string): string =>
  text(
    'Transkript',
    '',
    `1 LILLÖ KOMMUN KOMMUNFULLMÄKTIGE ${head} Tid Torsdagen den 12 mars 2026 kl 19:00-21:10 Plats Närvarande Kommungården i Lillby Ledamöter: Vikström Elin, ordförande Lindqvist Bo Åkerberg Stina Protokolljustering Elin Vikström Ordförande Hugo Strand Sekreterare Bo Lindqvist Protokolljusterare`,
  );

describe('the number after the kind word and its Nr in a running head', () => {
  it('reads a bare number after Nr', () => {
    const doc = parseText(minutes('SAMMANTRÄDESPROTOKOLL Nr 7')).documents[0]!;
    expect(doc.meeting?.number).toBe('7');
  });

  it('reads Nr: with a colon', () => {
    const doc = parseText(minutes('SAMMANTRÄDESPROTOKOLL Nr: 3')).documents[0]!;
    expect(doc.meeting?.number).toBe('3');
  });

  it('keeps the number in the year count as before', () => {
    const doc = parseText(minutes('SAMMANTRÄDESPROTOKOLL Nr 7/26')).documents[0]!;
    expect(doc.meeting?.number).toBe('7/26');
  });
});
