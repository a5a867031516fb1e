// `§ 4/ Föredragningslistan godkändes.`: an association's web minutes stop the § number with a slash; the point is
// read as `§ 4.` would be, while `§ 15/2024 Title` keeps the year as part of the number. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const read = (...points: string[]) => meetingDoc(['Protokoll fört vid styrelsemöte söndag 4 maj 2014 i Bygdegården.', '', 'Närvarande: Eva, Olle och Kim.', '', ...points, ''].join('\n')).items.map((i) => [i.number, i.title, i.decisions.length]);

describe('a § number stopped by a slash', () => {
  it('reads each point', () => {
    expect(read('§ 1/ Mötet öppnades.', '', '§ 2/ Till justerare valdes Olle.', '', '§ 3/ Föredragningslistan godkändes.', '', '§ 4/ Mötet avslutades.')).toEqual([
      [1, 'Mötet öppnades', 0],
      [2, 'Till justerare valdes Olle', 1],
      [3, 'Föredragningslistan godkändes', 1],
      [4, 'Mötet avslutades', 0],
    ]);
  });

  it('a year after the slash stays the number’s', () => {
    expect(read('§ 15/2014 Mötets öppnande', 'Ordföranden öppnade mötet.', '', '§ 16/2014 Val av justerare', 'Olle valdes att justera protokollet.').map((i) => [i[0], i[1]])).toEqual([
      [15, 'Mötets öppnande'],
      [16, 'Val av justerare'],
    ]);
  });
});
