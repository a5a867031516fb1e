// Sweep 8: a committee's § whose proposal to the board stands under a heading in capitals
// (`ARBETSUTSKOTTETS FÖRSLAG TILL SOCIALNÄMNDEN` / `att anta riktlinjerna.`), as older
// templates print it. Decision headings in capitals were read; proposal headings were not,
// so the § had no proposal. Invented text.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

describe('a proposal heading in capitals', () => {
  it('heads the proposal', () => {
    const doc = meetingDoc([
      'PROTOKOLL',
      'Socialnämndens arbetsutskott',
      'Sammanträdesdatum 2016-06-09',
      '',
      'Au § 85                         Dnr 2016/131',
      '',
      'Riktlinjer för försörjningsstöd',
      '',
      'ARBETSUTSKOTTETS FÖRSLAG TILL SOCIALNÄMNDEN',
      '',
      'att anta riktlinjerna.',
    ].join('\n'));
    const item = doc.items[0]!;
    expect(item.proposal).toBe('att anta riktlinjerna.');
    expect(item.decisions).toEqual([]);
  });
});
