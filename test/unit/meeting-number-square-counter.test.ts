// `SAMMANTRÄDESPROTOKOLL 1[25]`: the page's counter in square brackets after the title is no
// protocol number, as `PROTOKOLL 1(14)` is none. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const numberUnder = (title: string) =>
  meetingDoc(
    text(
      title,
      'Kommunstyrelsen',
      'Plats och tid  Kommunhuset, kl 16:00-17:15',
      'Beslutande  Anna Ek (S), ordförande',
      '',
      '§ 1 Val av justerare',
      'Kommunstyrelsen beslutar att utse Bo Lind.',
    ),
  ).meeting?.number ?? null;

describe('a page counter in square brackets after the title', () => {
  it('is no protocol number', () => {
    expect(numberUnder('SAMMANTRÄDESPROTOKOLL 1[25]')).toBeNull();
    expect(numberUnder('Sammanträdesprotokoll 2 [25]')).toBeNull();
  });

  it('leaves a number before the counter', () => {
    expect(numberUnder('PROTOKOLL 3 1[12]')).toBe('3');
  });
});
