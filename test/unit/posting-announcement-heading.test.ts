// The posting after the last § under a `Tillkännagivande av justering` heading (`Tillkännagivande om justering`),
// over the sentence that says when the minutes were adjusted and posted, or over the posting's dates alone: the
// heading closes the last §, and the dates are the posting's (the sentence's first dates are the meeting's and the
// adjustment's, no posting's). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const minutes = (...tail: string[]) =>
  meetingDoc(
    [
      'PROTOKOLL', 'Direktionen, Räddningstjänsten Norrvik', 'Datum: 2024-09-12', '',
      '§ 40 Val av justerare', 'Maj Dahl utses att justera protokollet.', '',
      '§ 41 Delårsrapport', 'Direktionen godkänner delårsrapporten.', '',
      ...tail,
    ].join('\n'),
  );

describe('a `Tillkännagivande av justering` heading after the last §', () => {
  it('closes the § and gives the posting, not the meeting or adjustment days, over a sentence', () => {
    const doc = minutes(
      'Tillkännagivande av justering',
      'Direktionens protokoll från sammanträdet den 12 september 2024 justerades den 16 september 2024 och har anslagits på förbundets anslagstavla den 17 september 2024 till och med den 9 oktober 2024.',
      'Protokollet förvaras hos räddningstjänsten, Norrvik.',
    );
    expect(doc.items.at(-1)!.text).toBe('Direktionen godkänner delårsrapporten.');
    expect(doc.signatures).toMatchObject({ adjustedOn: '2024-09-16', posted: { from: '2024-09-17', to: '2024-10-09' }, storedAt: 'räddningstjänsten, Norrvik' });
  });

  it('gives the posting of the sentence run on after the heading (a page flattened)', () => {
    const doc = minutes(
      'Tillkännagivande av justering Nämndens protokoll från den 12 september 2024 justerades den 16 september 2024 och anslogs på anslagstavlan den 18 september 2024 till och med den 10 oktober 2024.',
    );
    expect(doc.signatures).toMatchObject({ adjustedOn: '2024-09-16', posted: { from: '2024-09-18', to: '2024-10-10' } });
  });

  it('takes the dates under the heading as the posting', () => {
    const doc = minutes('Tillkännagivande av justering', '2024-09-17 – 2024-10-09');
    expect(doc.items.at(-1)!.text).toBe('Direktionen godkänner delårsrapporten.');
    expect(doc.signatures?.posted).toEqual({ from: '2024-09-17', to: '2024-10-09' });
  });

  it('takes dates written after the heading on its line', () => {
    const doc = minutes('Tillkännagivande av justering: den 17 september 2024 – den 9 oktober 2024');
    expect(doc.signatures?.posted).toEqual({ from: '2024-09-17', to: '2024-10-09' });
  });
});
