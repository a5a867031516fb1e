// Minutes whose § numbers stand alone on their lines, a § titled with a word that also names
// a kind of document (`§ 14` / `Dagordning`, `§ 18` / `Föredragningslista`): the title of
// that §, not a notice opening in the minutes. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const TEXT = [
  'Protokoll',
  'Kommunstyrelsens arbetsutskott',
  '2023-02-14',
  '',
  'Närvarande',
  'Ida Berg (S), ordförande',
  'Leo Sand (M)',
  '',
  'Paragrafer §§ 14–17',
  '',
  '§ 14',
  'Dagordning',
  'Arbetsutskottet godkänner dagordningen.',
  '',
  '§ 15',
  'Dnr KS 2023/17',
  'Yttrande över remiss om vindkraftsplan',
  'Arbetsutskottet föreslår kommunstyrelsen att lämna yttrande enligt förvaltningens förslag.',
  '',
  '§ 16',
  'Föredragningslista för kommunstyrelsen',
  'Arbetsutskottet godkänner föredragningslistan.',
  '',
  '§ 17',
  'Information',
  'Kommunchefen informerar om budgetarbetet.',
  '',
].join('\n');

describe('a § titled with a kind word', () => {
  it('stays a § of the minutes', () => {
    const docs = parseText(TEXT).documents;
    expect(docs.map((d) => d.kind)).toEqual(['minutes']);
    expect(docs[0]!.items.map((i) => [i.number, i.title])).toEqual([
      [14, 'Dagordning'],
      [15, 'Yttrande över remiss om vindkraftsplan'],
      [16, 'Föredragningslista för kommunstyrelsen'],
      [17, 'Information'],
    ]);
  });
});
