// A § heading whose title stands first in its row and the § in a column of its own at the
// row's end (`Budget 2025          § 16`): the § and its title. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('the § at the right end of its title`s row', () => {
  it('reads the number and the title', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Kommunstyrelsen', 'Sammanträdesdatum 2024-03-12', '',
        'Val av justerare                                   § 15', 'Kommunstyrelsen beslutar att utse Per Nyström att justera protokollet.', '',
        'Budget 2025                                        § 16', 'Dnr KS 2024/118', 'Kommunstyrelsen beslutar att godkänna budgeten.',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber, i.text])).toEqual([
      [15, 'Val av justerare', null, 'Kommunstyrelsen beslutar att utse Per Nyström att justera protokollet.'],
      [16, 'Budget 2025', 'KS 2024/118', 'Kommunstyrelsen beslutar att godkänna budgeten.'],
    ]);
  });

  it('a § cited at the end of a sentence`s row is no heading', () => {
    const doc = meetingDoc(text('PROTOKOLL', 'Kommunstyrelsen', 'Sammanträdesdatum 2024-03-12', '', '§ 15', 'Val av justerare', 'Beslutet fattas enligt kommunallagen      § 15', ''));
    expect(doc.items.map((i) => i.number)).toEqual([15]);
  });
});
