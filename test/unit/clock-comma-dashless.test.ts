// The hours of a form's two boxes written with a comma for the point, their dash lost in the
// flattening (`Plats och tid Rådhuset kl 14,00 17,15`): the end is read, and not left in the place.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { findTimes } from '../../src/text/dates.js';
import { meetingDoc, text } from './helpers.js';

describe('comma hours without their dash', () => {
  it('reads the end after `kl` and leaves the place alone', () => {
    const doc = meetingDoc(
      text(
        'SAMMANTRÄDESPROTOKOLL',
        'Kultur- och fritidsnämnden',
        'Plats och tid Bergsgården, Sjövik kl 14,00 17,15',
        'Beslutande Eva Lindkvist (S), ordförande',
        'Göte Brandt (M)',
        'Utses att justera Göte Brandt',
        '',
        '§ 1 Val av justerare',
        'Göte Brandt utses att justera.',
      ),
    );
    expect([doc.meeting!.startTime, doc.meeting!.endTime, doc.meeting!.location]).toEqual(['14:00', '17:15', 'Bergsgården, Sjövik']);
  });

  it('reads the pair on a one-line page, the place first', () => {
    const doc = meetingDoc(
      text(
        'SAMMANTRÄDESPROTOKOLL Miljönämnden Plats och tid Folkets hus, Åby 2024-05-06 kl. 8,30 11,45 Beslutande Eva Lindkvist (S), ordförande Göte Brandt (M) Utses att justera Göte Brandt',
        '',
        '§ 1 Val av justerare',
        'Göte Brandt utses att justera.',
      ),
    );
    expect([doc.meeting!.startTime, doc.meeting!.endTime, doc.meeting!.location]).toEqual(['08:30', '11:45', 'Folkets hus, Åby']);
  });

  it('takes no decimal number for an end', () => {
    expect(findTimes('kl 14,00 12,5 miljoner').map((t) => [t.start, t.end])).toEqual([['14:00', null]]);
    expect(findTimes('kl 14,00 17,15,5').map((t) => [t.start, t.end])).toEqual([['14:00', null]]);
  });
});
