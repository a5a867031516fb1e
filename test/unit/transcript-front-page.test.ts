// A sharing site's transcript of a form-like front page, the whole page on one line: the
// site's page number before it (`1 Protokoll …`) and the page's own number at its end,
// signers' labels with their leaders glued on (`Sekreterare... Maja Lind`), and the
// meeting's hours in two boxes that lost their dash (`Sammanträdestid 13:15 14:30`).
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { findTimes } from '../../src/text/dates.js';
import { meetingDoc } from './helpers.js';

const PAGE =
  '1 Protokoll Omsorgsnämnden Sammanträdesdatum 2021-04-13 Sammanträdestid 13:15 14:30 ' +
  'Ledamöter Berit Lund (S) Karin Ström (S) Olle Sand (C) Lena Dahl (C) Tjänstgörande ersättare Nils Ek (M) ' +
  'Ersättare Anna Nord (L) Övriga närvarande Sofia Berg, förvaltningschef Maja Lind, nämndsekreterare ' +
  'Paragrafer 30-38 Justering Ordföranden och Karin Ström. Underskrifter Sekreterare... Maja Lind ' +
  'Ordförande... Berit Lund Justerare... Karin Ström 1\n';

describe('a transcribed front page on one line', () => {
  it('reads the signers after their leaders, without the page number after the last', () => {
    const doc = meetingDoc(PAGE);
    expect(doc.kind).toBe('minutes');
    expect(doc.signatures).toMatchObject({ chair: ['Berit Lund'], secretary: ['Maja Lind'], adjusters: ['Karin Ström'] });
    expect(doc.participants.map((p) => [p.name, p.role])).toEqual([
      ['Berit Lund', 'member'], ['Karin Ström', 'member'], ['Olle Sand', 'member'], ['Lena Dahl', 'member'],
      ['Nils Ek', 'deputy'], ['Anna Nord', 'deputy'], ['Sofia Berg', 'other'], ['Maja Lind', 'other'],
    ]);
  });

  it('reads the hours of two boxes that lost their dash', () => {
    expect(meetingDoc(PAGE).meeting).toMatchObject({ date: '2021-04-13', startTime: '13:15', endTime: '14:30', paragraphs: { from: 30, to: 38 } });
    expect(findTimes('Sammanträdestid 13:15 14:30').map((h) => [h.start, h.end])).toEqual([['13:15', '14:30']]);
    // a date after the time is no end
    expect(findTimes('Tid 13.00 12.05.2023').map((h) => [h.start, h.end])).toEqual([['13:00', null]]);
  });

  it('ends the place at a § range that follows its label', () => {
    const doc = meetingDoc(
      'PROTOKOLL Omsorgsnämnden Sammanträdesdatum 2021-04-13 Plats och tid Rådhuset, sal Eken kl 13.00-15.00 Paragrafer 30-38 ' +
        'Beslutande Berit Lund (S), ordförande Karin Ström (S) Utses att justera Karin Ström\n',
    );
    expect(doc.meeting).toMatchObject({ location: 'Rådhuset, sal Eken', startTime: '13:00', endTime: '15:00', paragraphs: { from: 30, to: 38 } });
  });
});
