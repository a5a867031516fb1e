// A row of labels run on before the row of their values (`Sammanträdesplats Beslutande
// Kommungården i Ekby x Sundberg Ragnar, ordf. x …`, Åland minutes flattened): the words
// before the roll's first mark are the place's, not the first member's. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const MINUTES = [
  'SALTNÄS KOMMUN SAMMANTRÄDESPROTOKOLL',
  'Nr 11/2019 Sammanträdesdatum 14.10.2019 Organ Kommunstyrelsen',
  'Sammanträdestid Måndagen den 14.10.2019 kl. 18.30-20.45 Sammanträdesplats Beslutande Kommungården i Ekby x Sundberg Ragnar, ordf. x Blomqvist Severina, viceordf. - Grönlund Britt x Strandvik Göran Övriga närvarande - Lundqvist Kenth, kommunfullmäktiges ordförande x Rantala Jenny, sekreterare Paragrafer 187-199',
  '',
  '§ 187 Konstatera laglighet och beslutförhet',
  'Sammanträdet konstaterades lagligt.',
].join('\n');

describe('the place before a marked roll, the labels\' row run on', () => {
  const doc = parse(MINUTES).documents[0]!;

  it('reads the place', () => {
    expect(doc.meeting?.location).toBe('Kommungården i Ekby');
  });

  it('reads every member, the first too', () => {
    expect(doc.participants.filter((p) => p.roleLabel === 'Beslutande').map((p) => [p.name, p.role, p.position, p.organisation, p.note])).toEqual([
      ['Sundberg Ragnar', 'member', 'ordförande', null, null],
      ['Blomqvist Severina', 'member', 'vice ordförande', null, null],
      ['Grönlund Britt', 'absent', null, null, null],
      ['Strandvik Göran', 'member', null, null, null],
    ]);
  });

  it('reads the next list, whose first mark says its person stayed away', () => {
    expect(doc.participants.filter((p) => p.roleLabel === 'Övriga närvarande').map((p) => [p.name, p.role, p.position])).toEqual([
      ['Lundqvist Kenth', 'absent', 'kommunfullmäktiges ordförande'],
      ['Rantala Jenny', 'other', 'sekreterare'],
    ]);
  });
});
