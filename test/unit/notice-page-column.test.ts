// A föredragningslista with a column of page numbers beside its points (`Ärenden Sida`), each number one space after
// its title (`3. Ny taxa för trygghetslarm 9`): where most titles end on a number and the numbers climb down the list,
// they are the pages, no part of the titles. A title's own number among titles without one stays. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const titles = (...lines: string[]): unknown => meetingDoc(text(...lines)).items.map((i) => i.title);
const HEAD = ['KALLELSE', 'Omsorgsnämnden', 'Tid: 2026-05-07 kl. 13.00', 'Plats: Kommunhuset, Västby', ''];

describe('a page column after the titles of a notice', () => {
  it('is cut from the titles, on lines of their own', () => {
    expect(titles(...HEAD, 'Ärenden Sida', '1. Val av justerare', '2. Budgetuppföljning april 3', '3. Ny taxa för trygghetslarm 9',
      '4. Kvalitetsberättelse 2025 15', '5. Riktlinjer för boendestöd 22', '6. Övriga frågor')).toEqual([
      'Val av justerare', 'Budgetuppföljning april', 'Ny taxa för trygghetslarm', 'Kvalitetsberättelse 2025', 'Riktlinjer för boendestöd', 'Övriga frågor',
    ]);
  });

  it('is cut on a notice run onto one line', () => {
    expect(titles('KALLELSE Omsorgsnämnden Tid: 2026-05-07 kl. 13.00 Ärenden Sida 1. Val av justerare 2. Budgetuppföljning april 3 3. Ny taxa för trygghetslarm 9 4. Riktlinjer för boendestöd 22')).toEqual([
      'Val av justerare', 'Budgetuppföljning april', 'Ny taxa för trygghetslarm', 'Riktlinjer för boendestöd',
    ]);
  });

  it('leaves titles\' own numbers that do not climb, or stand at few titles', () => {
    expect(titles(...HEAD, '1. Val av justerare', '2. Tertialrapport 2', '3. Delårsrapport 1', '4. Budget 2027', '5. Övriga frågor')).toEqual([
      'Val av justerare', 'Tertialrapport 2', 'Delårsrapport 1', 'Budget 2027', 'Övriga frågor',
    ]);
    expect(titles(...HEAD, '1. Val av justerare', '2. Rapport från insatsen Steg 2', '3. Budget', '4. Övriga frågor')).toEqual([
      'Val av justerare', 'Rapport från insatsen Steg 2', 'Budget', 'Övriga frågor',
    ]);
  });
});
