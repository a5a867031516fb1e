// A letterhead that recurs on every page of a text without page breaks marks where its pages
// start; its copies below the first go. The letterhead is the kind's name in a cell of its own:
// alone on its line, or one of the cells of a row (`EKBACKA VATTENRÅD   Protokoll   Nr 4`).
// (Pins what the cheaper first test of running.ts's isLetterhead must keep: both forms.)
import { describe, expect, it } from 'vitest';
import { linesOf } from './helpers.js';

const pages = (head: string[]): string =>
  [
    ...head, 'Sammanträdesdatum 2031-04-02', '', '§ 1 Mötets öppnande', 'Ordföranden hälsade alla välkomna och förklarade mötet öppnat.', '',
    ...head, 'Sammanträdesdatum 2031-04-02', '', '§ 2 Val av justerare', 'Till justerare valdes Hedda Lunn.', '',
    ...head, 'Sammanträdesdatum 2031-04-02', '', '§ 3 Budget', 'Styrelsen fastställde budgeten för året.', '',
  ].join('\n');

const content = (text: string): string[] => linesOf(text).map((l) => l.text).filter((t) => t !== '');

describe('a recurring letterhead in a text without page breaks', () => {
  it('the kind alone on its line: its copies on the later pages go', () => {
    expect(content(pages(['Protokoll', 'Ekbacka vattenråd']))).toEqual([
      'Protokoll', 'Ekbacka vattenråd', 'Sammanträdesdatum 2031-04-02', '§ 1 Mötets öppnande', 'Ordföranden hälsade alla välkomna och förklarade mötet öppnat.',
      '§ 2 Val av justerare', 'Till justerare valdes Hedda Lunn.',
      '§ 3 Budget', 'Styrelsen fastställde budgeten för året.',
    ]);
  });

  it('the kind in a cell of a row: the row and the date under it go from the later pages', () => {
    expect(content(pages(['EKBACKA VATTENRÅD   Protokoll   Nr 4']))).toEqual([
      'EKBACKA VATTENRÅD   Protokoll   Nr 4', 'Sammanträdesdatum 2031-04-02', '§ 1 Mötets öppnande', 'Ordföranden hälsade alla välkomna och förklarade mötet öppnat.',
      '§ 2 Val av justerare', 'Till justerare valdes Hedda Lunn.',
      '§ 3 Budget', 'Styrelsen fastställde budgeten för året.',
    ]);
  });
});
