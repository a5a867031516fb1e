// A Finnish city's minutes that print under each §'s title its case number with the archive's
// class code after it (`KAU 2017-013476 T 10 03 03`), a line of its own. Every text is invented.
import { describe, expect, it } from 'vitest';
import { isBareCaseNumber } from '../../src/text/case-number.js';
import { meetingDoc } from './helpers.js';

const minutes = [
  'Kaunisby stad',
  'Protokoll',
  '8/2021',
  'Stadsfullmäktige',
  '21.04.2021',
  '',
  '§ 124',
  '',
  'Detaljplan för Norrholmen (nr 12511)',
  '',
  'KAU 2019-013476 T 10 03 03',
  '',
  'Beslut',
  '',
  'Stadsfullmäktige godkände detaljplan för Norrholmen enligt ritning nr 12511.',
  '',
  '§ 125',
  '',
  'Borgen för Kaunisby Energi Ab',
  '',
  'KAU 2021-000412 T 02 05 03',
  '',
  'Beslut',
  '',
  'Stadsfullmäktige beviljade bolaget borgen.',
].join('\n');

describe('a case number with the archive’s class code', () => {
  it('is the case number of the § whose title it stands under', () => {
    const doc = meetingDoc(minutes);
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [124, 'Detaljplan för Norrholmen (nr 12511)', 'KAU 2019-013476 T 10 03 03'],
      [125, 'Borgen för Kaunisby Energi Ab', 'KAU 2021-000412 T 02 05 03'],
    ]);
  });

  it('is no case number after a word or a bare count', () => {
    expect(isBareCaseNumber('Budget T 10 03 03')).toBe(false);
    expect(isBareCaseNumber('2019 T 10')).toBe(false);
  });
});
