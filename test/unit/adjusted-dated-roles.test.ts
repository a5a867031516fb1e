// The day of adjusting with the signers after it, each with the role written after the name (`Justerat den 19 november
// Eva Ek (S), ordförande Bo Lind (M), justerare`), a page flattened into one line that runs on into the next text: each
// signs in the role written; one who adjusts in place of the elected (`Bo Lind, ersätter Siv Al som justerare`) replaces
// that one; a day written without its year is the meeting's (or the next year's, where it falls before the meeting).
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutesOf = (date: string, ...after: string[]) =>
  meetingDoc(
    text(
      'Protokoll Kulturnämnden',
      `Datum: ${date}`,
      'Plats: Rådhuset, Holmsund',
      'Närvarande ledamöter Greta Lilja (S) Anton Berg (M) Sara Nyqvist (C)',
      '',
      ...after,
      '',
      '§ 41 Val av justerare',
      'Justerare: Sara Nyqvist (C)',
      '',
      '§ 42 Budget',
      'Nämnden beslutar att godkänna budgeten.',
    ),
  );

describe('signers with their roles after the day of adjusting', () => {
  it('a substitute adjuster in place of the elected, the day without its year', () => {
    const doc = minutesOf(
      '2025-10-03',
      'Ulf Dahl, sekreterare Justerades den 12 oktober Greta Lilja (S), ordförande Anton Berg (M), ersätter Sara Nyqvist (C) som justerare Protokollet anslås på kommunens webbplats',
    );
    expect(doc.signatures?.chair).toEqual(['Greta Lilja']);
    expect(doc.signatures?.adjusters).toEqual(['Anton Berg']);
    expect(doc.signatures?.adjustedOn).toBe('2025-10-12');
  });

  it('the day in the next year, the adjuster first, no parties', () => {
    const doc = minutesOf('2024-12-18', 'Justerat den 8 januari Sara Nyqvist, justerare Greta Lilja, ordförande');
    expect(doc.signatures?.chair).toEqual(['Greta Lilja']);
    expect(doc.signatures?.adjusters).toEqual(['Sara Nyqvist']);
    expect(doc.signatures?.adjustedOn).toBe('2025-01-08');
  });
});
