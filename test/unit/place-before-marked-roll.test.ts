// A row of labels run on before the row of their values (`Sammanträdesplats Beslutande
// Kommungården i Ekby x Karlsson Runar, ordf. x …`, Åland minutes flattened): the words
// before the roll's first mark are the place's, not the first member's. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const MINUTES = [
  'SALTNÄS KOMMUN SAMMANTRÄDESPROTOKOLL',
  'Nr 13/2013 Sammanträdesdatum 23.9.2013 Organ Kommunstyrelsen',
  'Sammanträdestid Måndagen den 23.9.2013 kl. 19.00-21.10 Sammanträdesplats Beslutande Kommungården i Ekby x Karlsson Runar, ordf. x Fagerholm Silvana, viceordf. - Hampf Berit x Lindblom Jörgen Övriga närvarande - Fagerholm Thommy, kommunfullmäktiges ordförande x Laaksonen Jessica, sekreterare Paragrafer 252-263',
  '',
  '§ 252 Konstatera laglighet och beslutförhet',
  'Sammanträdet konstaterades lagligt.',
].join('\n');

describe('the place before a marked roll, the labels\' row run on', () => {
  const doc = parse(MINUTES).documents[0]!;

  it('reads the place', () => {
    expect(doc.meeting?.location).toBe('Kommungården i Ekby');
  });

  it('reads every member, the first too', () => {
    expect(doc.participants.filter((p) => p.roleLabel === 'Beslutande').map((p) => [p.name, p.role, p.position, p.organisation, p.note])).toEqual([
      ['Karlsson Runar', 'member', 'ordförande', null, null],
      ['Fagerholm Silvana', 'member', 'vice ordförande', null, null],
      ['Hampf Berit', 'absent', null, null, null],
      ['Lindblom Jörgen', 'member', null, null, null],
    ]);
  });

  it('reads the next list, whose first mark says its person stayed away', () => {
    expect(doc.participants.filter((p) => p.roleLabel === 'Övriga närvarande').map((p) => [p.name, p.role, p.position])).toEqual([
      ['Fagerholm Thommy', 'absent', 'kommunfullmäktiges ordförande'],
      ['Laaksonen Jessica', 'other', 'sekreterare'],
    ]);
  });
});
