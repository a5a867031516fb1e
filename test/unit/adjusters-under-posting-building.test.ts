// Åland minutes sign in a grid: `Protokolljustering` over the place and date, beside `Protokollet framlagt till påseende`
// over the posting's, the adjusters' names under the first; a page flattened row by row puts the names after the
// posting's label, before its place, which names the building first (`Kommunkansliet i Norrvik den …`) where the
// adjusting's said the place alone (`Norrvik den …`). The names are the adjusters', the building the posting's. Every
// text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (posting: string) =>
  meetingDoc(
    text(
      'NORRVIKS KOMMUN SAMMANTRÄDESPROTOKOLL Organ Sammanträdesdatum Nr Kommunfullmäktige 9.4.2025 3 Sammanträdestid Sammanträdesplats Beslutande kl. 19:00 20:30. Kommunkansliet Strand Alf, ordförande, Wik Karin, vice ordförande, Mård Leif, Holm Tea, sekreterare.',
      `Paragrafer 14 20 Underskrifter Norrvik den 9 april 2025 Alf Strand Tea Holm Protokolljustering Norrvik den 9 april 2025 Protokollet framlagt till påseende ${posting} Utdragets riktighet bestyrker Norrvik den / 20_ Tea Holm`,
      '',
      '14 SAMMANTRÄDETS KONSTITUERANDE',
      'Kommunfullmäktige konstaterar att sammanträdet är lagligt och beslutfört.',
    ),
  );

describe('adjusters\' names before the posting\'s building and place', () => {
  it('reads both names before `Kommunkansliet i` and the place', () => {
    const s = minutes('Karin Wik Leif Mård Kommunkansliet i Norrvik den 11 april 2025').signatures;
    expect(s?.adjusters).toEqual(['Karin Wik', 'Leif Mård']);
    expect(s?.posted?.from).toBe('2025-04-11');
  });
});
