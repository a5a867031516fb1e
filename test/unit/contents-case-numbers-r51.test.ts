// A contents list that writes each case's number between the entry's number and its title
// (`26 Dnr KS 2026/14 Information... 3`, or `§ 12  Dnr KS 2026/1` above its title and page):
// where the list names the items (minutes cut off after their contents page), each item keeps
// its case number, as a § heading's `Dnr` does. Seen at a municipal board's committee
// (Ärendelista, one entry a line) and in contents lists whose `§ 12 Dnr …` line stands above its
// title. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const FRONT = [
  '1(24) Plats och tid Kommunhuset, våning 2, 09.00-11.00',
  'Beslutande ledamöter Eva Lund (S) Per Ek (M) Anna Berg (C)',
  'Justerare',
  'Justeringens plats och tid Per Ek (M) Förvaltningen 6 mars',
  'Underskrifter',
  'Sekreterare Paragrafer 26 -- 29 Bo Alm',
  'Ordförande Eva Lund (S)',
  'Justerare Per Ek (M)',
  '2(24) Kommunstyrelsens arbetsutskott',
];

const items = (text: string): [number | null, string, string | null][] =>
  parseText(text).documents.flatMap((d) => d.items.map((i): [number | null, string, string | null] => [i.number, i.title, i.caseNumber]));

describe('case numbers in a contents list that names the items', () => {
  it('keeps the case number written between the entry’s number and its title', () => {
    const got = items(
      [
        ...FRONT,
        'Ärendelista',
        '26 Dnr KS 2026/14 Information... 3',
        '27 Dnr KS 2026/124 Årsredovisning för Ekby kommun 2025... 4',
        '28 Dnr KS 2025/517 Instruktion till ägarombud vid årets bolagsstämmor... 9',
        '29 Dnr KS 2025/484 Svar på medborgarförslag om bussar... 12',
        '',
      ].join('\n'),
    );
    expect(got).toEqual([
      [26, 'Information', 'KS 2026/14'],
      [27, 'Årsredovisning för Ekby kommun 2025', 'KS 2026/124'],
      [28, 'Instruktion till ägarombud vid årets bolagsstämmor', 'KS 2025/517'],
      [29, 'Svar på medborgarförslag om bussar', 'KS 2025/484'],
    ]);
  });

  it('keeps the case number of a `§ 12 Dnr …` line above its title', () => {
    const got = items(
      [
        ...FRONT,
        'Innehållsförteckning',
        '§ 26  Dnr KS 2026/14',
        'Information från kommundirektören ........ 3',
        '§ 27  Dnr KS 2026/124',
        'Årsredovisning för Ekby kommun 2025 ........ 4',
        '§ 28  Dnr KS 2025/517',
        'Taxa för slamtömning 2027 ........ 9',
        '',
      ].join('\n'),
    );
    expect(got).toEqual([
      [26, 'Information från kommundirektören', 'KS 2026/14'],
      [27, 'Årsredovisning för Ekby kommun 2025', 'KS 2026/124'],
      [28, 'Taxa för slamtömning 2027', 'KS 2025/517'],
    ]);
  });

  it('gives no case number to an entry that writes none', () => {
    const got = items([...FRONT, 'Ärendelista', '26 Information... 3', '27 Årsredovisning för Ekby kommun 2025... 4', '28 Taxa för slamtömning 2027... 9', ''].join('\n'));
    expect(got).toEqual([
      [26, 'Information', null],
      [27, 'Årsredovisning för Ekby kommun 2025', null],
      [28, 'Taxa för slamtömning 2027', null],
    ]);
  });
});
