// A day the front page read under another date's label is not the meeting's, wherever the header's lines
// otherwise stand it: a labels-first block (`Utses att justera  Justeringens plats och tid  Underskrifter`, then
// their values, the adjusting's day among them) and a Finland-Swedish posting row (`PROTOKOLLET TILL … PÅSEENDE`,
// the label's two lines flattened around the town and the day). With no day of its own left, the meeting has none. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a day another label claims (r49)', () => {
  it('is not the meeting day in a labels-first block', () => {
    const doc = meetingDoc(
      text(
        'Sammanträdesprotokoll KOMMUNSTYRELSEN Plats och tid Storgatan 4 kl Beslutande Eva Lund (S), ordförande Per Ås (M) Övriga deltagande Kim Berg, sekreterare',
        'Utses att justera Justeringens plats och tid Underskrifter Per Ås (M) Storgatan 4 onsdag 14 mars 2029 kl Sekreterare Paragrafer Ordförande Justerande',
        '',
        '§ 12 Information', 'Kommunchefen informerar.',
      ),
    );
    expect(doc.meeting?.date).toBeNull();
    expect(doc.signatures?.adjustedOn).toBe('2029-03-14');
  });

  it('is not the meeting day on a posting row, while the day of the meeting still is', () => {
    const notice = (when: string): ReturnType<typeof meetingDoc> =>
      meetingDoc(
        text(
          'EKBY STAD PROTOKOLL 7/2029', 'Stadsstyrelsen', `TID ${when}kl. 17:30-19:00`, 'PLATS Rådhuset',
          'NÄRVARANDE Ek Anna ordförande Berg Per medlem',
          'UNDERSKRIFTER Ordförande Sekreterare Anna Ek Karl Holm',
          // (the labels' cells of two lines flattened around their values)
          'JUSTERING AV Ekby den 19 september 2029 PROTOKOLLET Per Berg Lisa Holm',
          'PROTOKOLLET TILL Ekby i stadskansliet den 22 september 2029 PÅSEENDE',
          '',
          '§ 80 Mötets laglighet och beslutförhet', 'Mötet konstaterades lagligt.',
        ),
      );
    expect(notice('').meeting?.date).toBeNull();
    expect(notice('måndagen den 17 september 2029 ').meeting?.date).toBe('2029-09-17');
  });
});
