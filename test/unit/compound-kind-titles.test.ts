// Documents titled by a compound whose last part is the kind's word (`Förbundsstyrelseprotokoll`,
// `ARBETSUTSKOTTSPROTOKOLL 3/2024`, `Styrelsekallelse`, `Beslutsanteckningar`), as
// kommunalförbund and samordningsförbund head them. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const body = (title: string): string =>
  [title, 'Samordningsförbundet Östra Vikdal', 'Styrelsen 2024-09-12 kl. 09.00', 'Plats: Kansliet, Vikby', '', '1. Mötets öppnande', '', '2. Ekonomi', '', '3. Avslutning'].join('\n');
const kinds = (title: string): [string, string | null][] => parseText(body(title)).documents.map((d) => [d.kind, d.title]);

describe('a compound title naming the kind', () => {
  it('gives the kind and the title', () => {
    expect(kinds('Förbundsstyrelseprotokoll')).toEqual([['minutes', 'Förbundsstyrelseprotokoll']]);
    expect(kinds('ARBETSUTSKOTTSPROTOKOLL 3/2024')).toEqual([['minutes', 'ARBETSUTSKOTTSPROTOKOLL 3/2024']]);
    expect(kinds('Styrelsekallelse')).toEqual([['notice', 'Styrelsekallelse']]);
    expect(kinds('Beslutsanteckningar')).toEqual([['notes', 'Beslutsanteckningar']]);
  });

  it('leaves a record of no meeting and two words alone', () => {
    expect(kinds('Delegationsprotokoll')).toEqual([['notice', null]]);
    expect(kinds('Föregående protokoll')[0]![1]).toBeNull();
  });
});
