// An Åland roll whose marks stand before each name (`x` came, `-` stayed away), the list run
// on in one line by a transcript (`Beslutande x Sundberg Ragnar, ordf. x Blomqvist Severina,
// viceordf. - Grönlund Britt x Strandvik Göran`): one entry per mark. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const MINUTES = [
  'SALTNÄS KOMMUN SAMMANTRÄDESPROTOKOLL',
  'Nr 11/2019 Sammanträdesdatum 14.10.2019 Organ Kommunstyrelsen',
  'Beslutande x Sundberg Ragnar, ordf. x Blomqvist Severina, viceordf. - Grönlund Britt x Strandvik Göran - Mellin Patrick x Vikström Bo',
  'Övriga närvarande - Lundqvist Kenth, kommunfullmäktiges ordförande - Eklöf Maria, äldreomsorgschef x Lindroos Kjell, kommundirektör x Rantala Jenny, sekreterare',
  '',
  '§ 187 Konstatera laglighet och beslutförhet',
  'Sammanträdet konstaterades lagligt.',
].join('\n');

describe('marks before each name, the roll run on in one line', () => {
  const people = parse(MINUTES).documents[0]!.participants;

  it('reads one person per mark, each with their position', () => {
    expect(people.filter((p) => p.roleLabel === 'Beslutande').map((p) => [p.name, p.role, p.position])).toEqual([
      ['Sundberg Ragnar', 'member', 'ordförande'],
      ['Blomqvist Severina', 'member', 'vice ordförande'],
      ['Grönlund Britt', 'absent', null],
      ['Strandvik Göran', 'member', null],
      ['Mellin Patrick', 'absent', null],
      ['Vikström Bo', 'member', null],
    ]);
  });

  it('reads the other list so too', () => {
    expect(people.filter((p) => p.roleLabel === 'Övriga närvarande').map((p) => [p.name, p.role, p.position])).toEqual([
      ['Lundqvist Kenth', 'absent', 'kommunfullmäktiges ordförande'],
      ['Eklöf Maria', 'absent', 'äldreomsorgschef'],
      ['Lindroos Kjell', 'other', 'kommundirektör'],
      ['Rantala Jenny', 'other', 'sekreterare'],
    ]);
  });
});
