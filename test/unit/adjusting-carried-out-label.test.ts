// `Justeringens utförande` (how and where the minutes are adjusted) labels the adjustment's place
// and day as `Justeringens plats och tid` does: its day is the adjustment's, not the meeting's.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (...adjustment: string[]) =>
  meetingDoc(
    text(
      'PROTOKOLL', 'Miljönämnden', 'Sammanträdesdatum 2019-02-06', '',
      'Beslutande Lena Vik (S)', 'Utses att justera Lena Vik', ...adjustment, '',
      '§ 12 Val av justerare', '', 'Lena Vik utses att justera protokollet.',
    ),
  );

describe('`Justeringens utförande`', () => {
  it.each([
    [['Justeringens utförande Kommunkontoret 2019-02-11']],
    [['Justeringens utförande', 'Digital justering 2019-02-11']],
  ])('labels the adjustment: %j', (adjustment) => {
    const doc = minutes(...adjustment);
    expect(doc.signatures?.adjustedOn).toBe('2019-02-11');
    expect(doc.meeting?.date).toBe('2019-02-06');
  });
});
