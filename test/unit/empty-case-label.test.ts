// A heading whose case number was dropped (a web transcript strips many numbers) or left
// empty in the template: `§ 1 Dnr Budget för 2025`, `AU 2 Dnr` over its title. The label is
// no part of the title. Every text is invented.
import { describe, expect, it } from 'vitest';
import { emptyCaseLabel } from '../../src/text/case-number.js';
import { meetingDoc, text } from './helpers.js';

describe('a case number label with no number', () => {
  it('is left out of the title, on the heading’s line or alone above the title', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Kommunstyrelsen 2024-01-10',
        '',
        '§ 1 Dnr Budget för 2025',
        'Kommunstyrelsen beslutar att godkänna budgeten.',
        '',
        '§ 2 Dnr',
        'Motion om skolskjutsar',
        'Kommunstyrelsen beslutar att avslå motionen.',
        '',
        '§ 3 Diarienummer: Motion om fler cykelbanor',
        'Kommunstyrelsen beslutar att bifalla motionen.',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.caseNumber, i.title])).toEqual([
      [1, null, 'Budget för 2025'],
      [2, null, 'Motion om skolskjutsar'],
      [3, null, 'Motion om fler cykelbanor'],
    ]);
  });

  it('measures only a label without its number (guards: a number, a word that only looks like one)', () => {
    expect(emptyCaseLabel('Dnr Budget för 2025')).toBe(4);
    expect(emptyCaseLabel('Dnr')).toBe(3);
    expect(emptyCaseLabel('Dnr KS 2024/12 Budget')).toBe(0);
    expect(emptyCaseLabel('Dnrutin för inköp')).toBe(0);
    expect(emptyCaseLabel('Beteckning av gator')).toBe(0);
  });
});
