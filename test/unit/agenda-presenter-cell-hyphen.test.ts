// A notice's agenda as a converter's markdown table whose presenter cell wraps a hyphenated
// word (`| 3. | Verksamhetsrapport<br>våren 2024 | 2024/12 | Verksamhets-<br>utvecklare |`):
// laid out side by side, the next line's first word is the title cell's (`våren`), and the
// word goes on in the presenter cell's own next part. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { text } from './helpers.js';

const notice = text(
  '<!-- sida 1 -->',
  '',
  'Samordningsförbundet Ekdalen',
  '',
  'KALLELSE',
  '',
  'Styrelsen',
  'Tid: 2024-03-14 kl. 09.00–12.00',
  'Plats: Kommunhuset, Ekby',
  '',
  '| Nr | Ärende | Dnr | Föredragande |',
  '| --- | --- | --- | --- |',
  '| 1. | Mötets öppnande |  | Ordförande |',
  '| 2. | Verksamhetsrapport<br>våren 2024 | 2024/12 | Verksamhets-<br>utvecklare |',
  '| 3. | Ekonomisk uppföljning | 2024/13 | Ekonom |',
  '| 4. | Nya avgifter för parkering-<br>platser i Ekby | 2024/14 | Ekonom |',
);

describe("a presenter cell's hyphenated word wrapped in an agenda table", () => {
  const doc = parse(notice).documents[0]!;
  it('joins the word within the cell and leaves the title whole', () => {
    expect(doc.kind).toBe('notice');
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber, i.presenter])).toEqual([
      [1, 'Mötets öppnande', null, 'Ordförande'],
      [2, 'Verksamhetsrapport våren 2024', '2024/12', 'Verksamhetsutvecklare'],
      [3, 'Ekonomisk uppföljning', '2024/13', 'Ekonom'],
      [4, 'Nya avgifter för parkering- platser i Ekby', '2024/14', 'Ekonom'],
    ]);
  });
});
