// Notes and minutes that head each point with its number alone over its title, flattened so that each paragraph is one
// line: where no blank line stood between a number and its title they are one line now (`2 Budget 2026`), where one did
// the number stays alone over its title (`3` / `Lokalfrågor`). Both are one way of heading the points. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const titles = (text: string): [number | null, string][] => parse(text).documents[0]!.items.map((i) => [i.number, i.title]);

describe('numbers over their titles and numbers beside them in one document', () => {
  it('reads every point of notes whose headings alternate between the two forms', () => {
    const text = [
      'MINNESANTECKNINGAR Styrgruppen för Ekdala bibliotek 2025-05-12',
      'Närvarande Lotta Wik, Hassan Omar, Elin Strand',
      '1',
      'Mötets öppnande',
      'Lotta Wik hälsar välkommen och öppnar mötet.',
      '2 Lokalfrågor',
      'Hyresavtalet för filialen löper ut i december. Styrgruppen noterar informationen.',
      '3 Budget 2026',
      'Elin Strand redovisar förslaget. Styrgruppen ställer sig bakom förslaget.',
      '4',
      'Sommaröppettider',
      'Biblioteket håller öppet tisdagar och torsdagar under juli.',
      '5',
      'Övriga frågor',
      'Inga övriga frågor anmäldes.',
      '6 Mötets avslutande',
      'Lotta Wik avslutar mötet.',
      '',
    ].join('\n');
    expect(titles(text)).toEqual([
      [1, 'Mötets öppnande'],
      [2, 'Lokalfrågor'],
      [3, 'Budget 2026'],
      [4, 'Sommaröppettider'],
      [5, 'Övriga frågor'],
      [6, 'Mötets avslutande'],
    ]);
  });

  it('reads them where the bare numbers open and close the list, blank lines kept between paragraphs', () => {
    const text = [
      'Protokoll fört vid styrelsemöte i Föreningen Norrvikens hembygdsgård 2025-09-03',
      '',
      '1',
      '',
      'Val av justerare',
      '',
      'Till justerare valdes Ingrid Bolin.',
      '',
      '2 Kassarapport',
      '',
      'Kassören redovisade ett överskott på 4 200 kronor.',
      '',
      '3 Höstmarknaden',
      '',
      'Styrelsen beslutade att hålla marknaden den 27 september.',
      '',
      '4',
      '',
      'Nästa möte',
      '',
      'Nästa möte hålls den 1 oktober.',
      '',
    ].join('\n');
    expect(titles(text)).toEqual([
      [1, 'Val av justerare'],
      [2, 'Kassarapport'],
      [3, 'Höstmarknaden'],
      [4, 'Nästa möte'],
    ]);
  });
});
