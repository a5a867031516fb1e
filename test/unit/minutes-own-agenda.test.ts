// Minutes that list their own agenda under `Dagordning` (or `Föredragningslista`) before the §§
// that treat it: the heading titles no notice of its own, and the §§ are the minutes' items. A
// `Dagordning` after minutes with no §§ of that agenda further on still opens a notice. Every
// text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const FRONT = ['PROTOKOLL', 'Styrelsen för Samordningsförbundet Norrbäcken', 'Datum: 2024-03-05', 'Tid: kl 13.00-15.00', 'Plats: Kommunhuset, Norrbäcken', '', 'Närvarande ledamöter', 'Ann Lidén, ordförande', 'Per Ekholm', ''];
const AGENDA = (heading: string) => [heading, '1. Mötets öppnande', '2. Val av justerare', '3. Budget 2025', ''];
const PARAGRAPHS = ['§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.', '', '§ 2 Val av justerare', 'Per Ekholm valdes att justera protokollet.', '', '§ 3 Budget 2025', 'Styrelsen beslutar att anta budgeten.', ''];

const read = (lines: string[]) => parse(lines.join('\n')).documents.map((d) => [d.kind, d.items.map((i) => [i.number, i.title])]);

describe('an agenda listed inside the minutes', () => {
  for (const heading of ['Dagordning', 'Föredragningslista', 'Dagordning:']) {
    it(`\`${heading}\` over the points the §§ then treat is the minutes' own`, () => {
      expect(read([...FRONT, ...AGENDA(heading), ...PARAGRAPHS])).toEqual([
        ['minutes', [[1, 'Mötets öppnande'], [2, 'Val av justerare'], [3, 'Budget 2025']]],
      ]);
    });
  }

  it('a notice after minutes without those §§ is a document of its own', () => {
    const docs = read([...FRONT, '', '', '', ...AGENDA('Dagordning')]);
    expect(docs.map((d) => d[0])).toEqual(['minutes', 'notice']);
  });
});
