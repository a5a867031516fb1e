// An excerpt (a sharing site's first pages) cut inside the contents list of minutes: the entries before the cut end in
// their pages (`36 Dnr KS 2026/62 Ansökan om … 31`), the last one does not (`37 Dnr KS 2026/85 Ny strategi för Mittn`)
// and reads as a § heading with no body, the one item of the text, numbered as the list's next entry. It is the list's
// last entry: the list names the items (as where the minutes are cut after their contents page). An item with a body,
// or one not numbered on from the list, leaves the list a list. Seen at a municipal board's committee (and, its list
// broken further by the extractor, a municipal board's). Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const FRONT = [
  '1(24) Plats och tid Kommunhuset, våning 2, 09.00-11.00',
  'Beslutande ledamöter Eva Lund (S) Per Ek (M) Anna Berg (C)',
  'Justerare',
  'Justeringens plats och tid Per Ek (M) Förvaltningen 6 mars',
  'Underskrifter',
  'Sekreterare Paragrafer 26 -- 31 Bo Alm',
  'Ordförande Eva Lund (S)',
  'Justerare Per Ek (M)',
  '2(24) Kommunstyrelsens arbetsutskott',
  'Ärendelista',
  '26 Dnr KS 2026/14 Information... 3',
  '27 Dnr KS 2026/124 Årsredovisning för Ekby kommun 2025... 4',
  '28 Dnr KS 2026/117 Instruktion till ägarombud vid årets bolagsstämmor... 9',
  '29 Dnr KS 2025/484 Svar på medborgarförslag om bussar... 12',
];

const items = (text: string): [number | null, string][] => parseText(text).documents.flatMap((d) => d.items.map((i): [number | null, string] => [i.number, i.title]));

describe('an excerpt cut inside the contents list', () => {
  it('names the items, the entry cut short last', () => {
    const got = items([...FRONT, '30 Dnr KS 2026/85 Ny strategi för Mittn', ''].join('\n'));
    expect(got.map(([n]) => n)).toEqual([26, 27, 28, 29, 30]);
    expect(got[1]).toEqual([27, 'Årsredovisning för Ekby kommun 2025']);
    expect(got[4]).toEqual([30, 'Ny strategi för Mittn']);
  });

  it('leaves the list a list where the item after it is not its next entry', () => {
    expect(items([...FRONT, '33 Dnr KS 2026/85 Ny strategi för Mittn', ''].join('\n'))).toEqual([[33, 'Ny strategi för Mittn']]);
  });
});
