// The day and hours of the adjustment (`Justeringens plats och tid  Kansliet 2011-10-19, kl 16.00`) are not
// the meeting's, on the label's line or on the line under it; and the label's first line alone
// (`Justeringens plats`, its `och tid` printed further down) still labels the adjustment. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (...adjustment: string[]) =>
  meetingDoc(
    text(
      'PROTOKOLL', 'Socialnämnden', 'Sammanträdesdatum 2011-10-12', '',
      'Beslutande Anna Ek (S)', 'Utses att justera Anna Ek', ...adjustment, '',
      '§ 155 Val av justerare', '', 'Anna Ek utses att justera protokollet.',
    ),
  );

describe('the hours of the adjustment', () => {
  it.each([
    [['Justeringens plats och tid Kansliet 2011-10-19, kl 16.00']],
    [['Justeringens plats och tid', 'Kansliet 2011-10-19 kl 16.00']],
    [['Justeringens plats Kansliet 2011-10-19, kl 16.00 Paragrafer 155-168', '', 'och tid']],
  ])('are not the meeting\'s: %j', (adjustment) => {
    const doc = minutes(...adjustment);
    expect(doc.meeting).toMatchObject({ date: '2011-10-12', startTime: null, endTime: null });
    expect(doc.signatures?.adjustedOn).toBe('2011-10-19');
  });

  it('leave the meeting\'s own hours read (guard)', () => {
    const doc = minutes('Tid kl 13.00-15.00', 'Justeringens plats och tid Kansliet 2011-10-19, kl 16.00');
    expect(doc.meeting).toMatchObject({ startTime: '13:00', endTime: '15:00' });
  });
});
