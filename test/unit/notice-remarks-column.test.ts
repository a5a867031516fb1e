// A föredragningslista with a column of remarks beside its points (`extra utskick`, `handl på bordet`,
// `bilaga kommer`), which a transcript ran onto each title's end: how the papers come is no part of the
// title. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const titles = (...lines: string[]): unknown => meetingDoc(text(...lines)).items.map((i) => i.title);

describe('a remarks column after the titles of a notice', () => {
  it('is cut from each title, on lines of their own', () => {
    expect(titles('KALLELSE', 'Omsorgsnämnden', 'Tid: 2026-05-07 kl. 13.00', 'Plats: Kommunhuset, Västby', '', 'Ärenden',
      '1. Val av justerare', '2. Budgetuppföljning april extra utskick', '3. Riktlinjer för boendestöd handl på bordet',
      '4. Ny taxa för trygghetslarm Bilaga kommer', '5. Övriga frågor')).toEqual([
      'Val av justerare', 'Budgetuppföljning april', 'Riktlinjer för boendestöd', 'Ny taxa för trygghetslarm', 'Övriga frågor',
    ]);
  });

  it('is cut on a notice run onto one line, in brackets or after a dash too', () => {
    expect(titles('KALLELSE Omsorgsnämnden Tid: 2026-05-07 kl. 13.00 Ärenden 1. Val av justerare 2. Budgetuppföljning april (extra utskick) 3. Riktlinjer för boendestöd – handlingar på bordet 4. Övriga frågor')).toEqual([
      'Val av justerare', 'Budgetuppföljning april', 'Riktlinjer för boendestöd', 'Övriga frågor',
    ]);
  });

  it('leaves a title that names a mailing, or whose link word governs the remark\'s words', () => {
    expect(titles('KALLELSE', 'Omsorgsnämnden', 'Tid: 2026-05-07 kl. 13.00', '', '1. Val av justerare', '2. Kostnader för utskick', '3. Rutin för handlingar på bordet', '4. Övriga frågor')).toEqual([
      'Val av justerare', 'Kostnader för utskick', 'Rutin för handlingar på bordet', 'Övriga frågor',
    ]);
  });
});
