// A sharing site's page of a transcribed PDF: its title quotes the first page's labels
// (`Sammanträdesprotokoll Plats och tid Beslutande … Sekreterare Ordförande`), once as the
// page's heading and once in `Download "…"`, above the site's offers of other formats. The
// labels stand again on the first page with their values; the copy takes none of them.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const TITLE = 'Sammanträdesprotokoll Plats och tid Beslutande Övriga närvarande Utses att justera Justeringens Paragrafer plats och tid Sekreterare Ordförande';
const PAGE1 =
  '1 Sammanträdesprotokoll Sida 1 (9) Plats och tid Sammanträdesrum Ekbacken, klockan 13.00-15.00 Beslutande Nora Lind (S) ordförande ' +
  'Olle Berg (M) ledamot Tove Ås (C) ledamot Övriga närvarande Agnes Holm, sekreterare Utses att justera Olle Berg (M)';
const PAGE2 = '2 Sammanträdesprotokoll Sida 2 (9) 7 Val av justerare Beslut Nämnden utser Olle Berg att justera. 8 Budget Beslut Nämnden godkänner budgeten. 9 Meddelanden Beslut Meddelandena läggs till handlingarna.';
const site = (title: string): string =>
  [title, '', 'Save this PDF as:', ' WORD  PNG  TXT  JPG', '', 'Storlek: px', 'Starta visningen från sidan:', '', `Download "${title}"`, '', 'Transkript', '', PAGE1, '', PAGE2, ''].join('\n');

describe("a site's title that copies the first page's labels", () => {
  it('lets the labels on the page take their values', () => {
    const doc = meetingDoc(site(TITLE));
    expect(doc.meeting?.location).toBe('Sammanträdesrum Ekbacken');
    expect(doc.meeting?.startTime).toBe('13:00');
    expect(doc.participants.map((p) => p.name)).toEqual(['Nora Lind', 'Olle Berg', 'Tove Ås', 'Agnes Holm']);
    expect(doc.signatures?.adjusters).toEqual(['Olle Berg']);
  });

  it('keeps the offer of other formats and the quoted title out of every field (a guard)', () => {
    const doc = meetingDoc(site(TITLE));
    const all = JSON.stringify(doc);
    expect(all).not.toMatch(/Save this PDF|WORD {1,2}PNG|Download/u);
  });

  it('reads the items', () => {
    expect(meetingDoc(site(TITLE)).items.map((i) => i.number)).toEqual([7, 8, 9]);
  });
});
