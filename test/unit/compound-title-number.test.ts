// Minutes and notices titled by a compound ending in the kind's word, with the meeting's
// number after it (`ARBETSUTSKOTTSPROTOKOLL 3/2024`, `Styrelsekallelse 4`), as kommunalförbund
// number them. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const numberOf = (title: string): string | null | undefined =>
  parseText([title, 'Samordningsförbundet Östra Vikdal', 'Styrelsen 2024-09-12 kl. 09.00', '', '1. Mötets öppnande', '', '2. Ekonomi', '', '3. Avslutning'].join('\n'))
    .documents[0]?.meeting?.number;

describe("a compound title's number", () => {
  it('is the meeting number', () => {
    expect(numberOf('ARBETSUTSKOTTSPROTOKOLL 3/2024')).toBe('3/2024');
    expect(numberOf('Styrelsekallelse 4')).toBe('4');
  });

  it('is never the day of a date', () => {
    expect(numberOf('Direktionsprotokoll 8 mars 2024')).toBeNull();
  });
});
