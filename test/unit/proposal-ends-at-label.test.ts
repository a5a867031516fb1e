// The proposal of a Finnish-Swedish §: `Förslag: …` ends where a later line opens with a label
// of its own (`Behandling: …`, `Beslut: …`) though no blank line parts them; a speaker's line
// over it (`Tekniska chefen:`) is no part of it; and a member's `föreslog` at the meeting is a
// motion, no proposal of the item. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, minutes, text } from './helpers.js';

const HEADER = text('PROTOKOLL', 'Tekniska nämnden', 'Sammanträdestid 12.3.2024 kl. 18.00', '');
const proposal = (...body: string[]) => item(meetingDoc(minutes({ header: HEADER, items: text('§ 13 Vägunderhåll 2024', '', ...body) })), 13).proposal;

describe('a proposal’s extent', () => {
  it('Förslag: ends at the Behandling: line', () => {
    expect(proposal('Förslag: Nämnden godkänner underhållsplanen.', 'Behandling: Nils Ek föreslog att ärendet återremitteras.', 'Beslut: Ärendet återremitterades.')).toBe(
      'Nämnden godkänner underhållsplanen.',
    );
  });

  it('a speaker’s line over the proposal', () => {
    expect(proposal('Tekniska chefen:', 'Nämnden föreslås godkänna underhållsplanen.', '', 'Beslut:', 'Nämnden godkände förslaget.')).toBe('Nämnden föreslås godkänna underhållsplanen.');
  });

  it('a member’s föreslog is no proposal', () => {
    expect(proposal('Nils Ek föreslog att ärendet återremitteras.', '', 'Beslut: Ärendet återremitterades.')).toBeNull();
  });
});

describe('a proposal’s label after a sentence', () => {
  it('Förslag: run on after the case’s sentence', () => {
    expect(proposal('Ärendet gäller ny lekplats. Förslag: Nämnden anvisar 200 000 kronor.', 'Nämnden beslutar enligt förslaget.')).toBe('Nämnden anvisar 200 000 kronor.');
  });
});
