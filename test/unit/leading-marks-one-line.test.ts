// An Åland roll whose marks stand before each name (`x` came, `-` stayed away), the list run
// on in one line by a transcript (`Beslutande x Karlsson Runar, ordf. x Fagerholm Silvana,
// viceordf. - Hampf Berit x Lindblom Jörgen`): one entry per mark. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const MINUTES = [
  'SALTNÄS KOMMUN SAMMANTRÄDESPROTOKOLL',
  'Nr 13/2013 Sammanträdesdatum 23.9.2013 Organ Kommunstyrelsen',
  'Beslutande x Karlsson Runar, ordf. x Fagerholm Silvana, viceordf. - Hampf Berit x Lindblom Jörgen - Waldron Christopher x Nyholm Dan',
  'Övriga närvarande - Fagerholm Thommy, kommunfullmäktiges ordförande - Knip Maria, äldreomsorgschef x Nyberg Kjell, kommundirektör x Laaksonen Jessica, sekreterare',
  '',
  '§ 252 Konstatera laglighet och beslutförhet',
  'Sammanträdet konstaterades lagligt.',
].join('\n');

describe('marks before each name, the roll run on in one line', () => {
  const people = parse(MINUTES).documents[0]!.participants;

  it('reads one person per mark, each with their position', () => {
    expect(people.filter((p) => p.roleLabel === 'Beslutande').map((p) => [p.name, p.role, p.position])).toEqual([
      ['Karlsson Runar', 'member', 'ordförande'],
      ['Fagerholm Silvana', 'member', 'vice ordförande'],
      ['Hampf Berit', 'absent', null],
      ['Lindblom Jörgen', 'member', null],
      ['Waldron Christopher', 'absent', null],
      ['Nyholm Dan', 'member', null],
    ]);
  });

  it('reads the other list so too', () => {
    expect(people.filter((p) => p.roleLabel === 'Övriga närvarande').map((p) => [p.name, p.role, p.position])).toEqual([
      ['Fagerholm Thommy', 'absent', 'kommunfullmäktiges ordförande'],
      ['Knip Maria', 'absent', 'äldreomsorgschef'],
      ['Nyberg Kjell', 'other', 'kommundirektör'],
      ['Laaksonen Jessica', 'other', 'sekreterare'],
    ]);
  });
});
