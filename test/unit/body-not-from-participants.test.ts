// A front page that names no organ in its header, and a participant whose position names one
// (`Lisa Holm, kommunstyrelsens ordförande`, `Lars Holm, vattenrådet`): that organ is the
// participant's, not the one that meets. Every name, place and date is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const page = (organLine: string[], other: string) =>
  meetingDoc(
    text(
      'SAMMANTRÄDESPROTOKOLL',
      ...organLine,
      'Sammanträdesdatum 2014-03-03',
      'Plats och tid Folkets Hus, kl 13.00-17.00',
      'Beslutande Anna Ek (S), ordförande',
      'Per Ås (M)',
      `Övriga deltagande ${other}`,
      'Utses att justera Per Ås',
      '',
      '§ 12 Val av justerare',
      'Per Ås utses att justera.',
    ),
  );

describe('an organ named in a participant’s entry', () => {
  it('is not the meeting’s body', () => {
    expect(page([], 'Lisa Holm, kommunstyrelsens ordförande').meeting?.body).toBeNull();
    expect(page([], 'Lars Holm, vattenrådet').meeting?.body).toBeNull();
  });
  it('leaves the body the header names', () => {
    expect(page(['Socialnämnden'], 'Lisa Holm, kommunstyrelsens ordförande').meeting?.body).toBe('socialnämnd');
  });
});
