// A numbered point whose long title runs on with an election told from its office (`2. Val av ordförande och
// sekreterare för årsmötet Till ordförande för årsmötet valdes Eva Ek Till sekreterare valdes Bo Al.`): the
// title ends before `Till`, and each election is a decision. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a long title run on with an election from its office', () => {
  it('splits at `Till`', () => {
    const doc = meetingDoc(
      text(
        'ÅRSMÖTESPROTOKOLL Datum: 2024-04-20',
        '',
        '1. Ordföranden hälsade de närvarande välkomna och förklarade mötet öppnat.',
        '2. Val av ordförande och sekreterare för årsmötet Till ordförande för årsmötet valdes Eva Ek Till sekreterare för årsmötet valdes Bo Al.',
        '3. Mötet förklarades behörigt utlyst.',
      ),
    );
    const it2 = doc.items[1]!;
    expect([it2.title, it2.decisions.map((d) => d.text)]).toEqual([
      'Val av ordförande och sekreterare för årsmötet',
      ['Till ordförande för årsmötet valdes Eva Ek', 'Till sekreterare för årsmötet valdes Bo Al.'],
    ]);
  });
});
