// A notice's agenda as a converter's markdown table whose title cell gives the point's type on
// a line of its own under the title (`| 4 | Verksamhetsplan 2025<br>Beslut | …`): the type word
// is the point's type, no part of its title, and no group heading over the points after it.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { text } from './helpers.js';

const notice = text(
  '<!-- sida 1 -->',
  '',
  'Samordningsförbundet Ekdalen                                   KALLELSE',
  '',
  'Styrelsen kallas till sammanträde',
  '',
  'Tid: Torsdag 14 mars 2024, kl. 09.00–12.00',
  'Plats: Kommunhuset, Ekby',
  '',
  '| Punkt | Ärende | Föredragande | Handling |',
  '| --- | --- | --- | --- |',
  '| 1 | Mötets öppnande | Ordförande |  |',
  '| 2 | Verksamhetsplan 2025<br>Beslut | Förbundschef | Bilaga 1 |',
  '| 3 | Delårsrapport<br>Information | Ekonom | Bilaga 2 |',
  '| 4 | Samverkan med skolan<br>Diskussion | Förbundschef |  |',
  '| 5 | Övriga frågor |  |  |',
);

describe("a point's type under its title in an agenda table's cell", () => {
  const doc = parse(notice).documents[0]!;
  it('is the point type, not part of the title nor a group heading', () => {
    expect(doc.items.map((i) => [i.number, i.title, i.type, i.section, i.presenter, i.attachments])).toEqual([
      [1, 'Mötets öppnande', null, null, 'Ordförande', []],
      [2, 'Verksamhetsplan 2025', 'decision', null, 'Förbundschef', ['1']],
      [3, 'Delårsrapport', 'information', null, 'Ekonom', ['2']],
      [4, 'Samverkan med skolan', 'discussion', null, 'Förbundschef', []],
      [5, 'Övriga frågor', null, null, null, []],
    ]);
  });
});
