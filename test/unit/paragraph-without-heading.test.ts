// A § with no heading of its own (`§ 1` alone on its line, its first sentence under it): the
// title is that first line, as when the sentence stands on the §'s own line, never an empty
// string (SCHEMA.md: absent facts are never ""). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a § without a heading', () => {
  it('is titled by its first line', () => {
    const doc = meetingDoc(text('Protokoll fört vid styrelsemöte 2024-03-05', '', '§ 1', 'Ordföranden öppnade mötet och hälsade alla välkomna.', '', '§ 2', 'Val av justerare', 'Per Ek valdes.'));
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Ordföranden öppnade mötet och hälsade alla välkomna'],
      [2, 'Val av justerare'],
    ]);
  });

  it('has no empty title when its sentence stands after a column gap', () => {
    const doc = meetingDoc(text('Protokoll fört vid styrelsemöte 2024-03-05', '', '§1  Ordförande Ulla Berg hälsar välkommen och förklarar mötet öppnat.', '', '§2  Val av justerare', 'Per Ek valdes.'));
    expect(doc.items.map((i) => i.title).every((t) => t !== '')).toBe(true);
    expect(doc.items.map((i) => i.number)).toEqual([1, 2]);
  });
});
