// Two elections run together without a full stop between them, as a list of elections flattened
// onto one line reads (`Mia Tell väljs till ordförande Ove Rask väljs till vice ordförande`): a
// decision each, cut where the next elected person's name opens, right before its verb.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const doc = (...body: string[]) => meetingDoc(text('PROTOKOLL', 'Styrelsen', 'Datum: 2024-03-12', '', '§ 2 Val av presidium', ...body, '', '§ 3 Avslutning', 'Mötet avslutades.'));
const decided = (...body: string[]) => item(doc(...body), 2).decisions.map((d) => d.text);

describe('two elections without a full stop between them', () => {
  it('are two decisions', () => {
    expect(decided('Mia Tell väljs till ordförande Ove Rask väljs till vice ordförande.')).toEqual([
      'Mia Tell väljs till ordförande',
      'Ove Rask väljs till vice ordförande.',
    ]);
  });

  it('three, the last without a stop either', () => {
    expect(decided('Mia Tell valdes till ordförande Ove Rask valdes till kassör Lea Holm valdes till sekreterare')).toEqual([
      'Mia Tell valdes till ordförande',
      'Ove Rask valdes till kassör',
      'Lea Holm valdes till sekreterare',
    ]);
  });

  it('one election of two people stays one', () => {
    expect(decided('Mia Tell och Ove Rask väljs till justerare.')).toEqual(['Mia Tell och Ove Rask väljs till justerare.']);
  });
});

describe('two elections office first, the second opened by `Till` without a full stop', () => {
  it('are two decisions', () => {
    expect(decided('Till ordförande för mötet valdes Mia Tell Till sekreterare för mötet valdes Ove Rask.')).toEqual([
      'Till ordförande för mötet valdes Mia Tell',
      'Till sekreterare för mötet valdes Ove Rask.',
    ]);
  });

  it('a `Till` that opens no further election stays (guard)', () => {
    expect(decided('Till ordförande valdes Mia Tell Till och med nästa årsmöte.')).toEqual(['Till ordförande valdes Mia Tell Till och med nästa årsmöte.']);
  });
});
