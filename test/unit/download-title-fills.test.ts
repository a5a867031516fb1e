// A web archive's page of a transcribed PDF that kept none of the site's heading above its
// wrapper (`Storlek: px` / `Download "…"` / `Transkript`): the quoted title in `Download "…"`
// is then the only place that still names the meeting's date or body, which the page (an
// inner page of the minutes) lost. The title fills what the page lacks; where the site's
// heading stands above the wrapper, or the page says it, the quoted copy adds nothing.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const PAGE =
  '1 Styrelsen Sida 14 (40) Plats Folkets hus, Ekby Beslutande Nora Lind (S) ordförande Olle Berg (M) Tove Ås (C) ' +
  'Övriga närvarande Agnes Holm, sekreterare Utses att justera Olle Berg ' +
  '§ 21 Budget 2020 Beslut Styrelsen godkänner budgeten. § 22 Meddelanden Beslut Meddelandena läggs till handlingarna.';
const wrapped = (title: string, above: string[] = []): string =>
  [...above, 'Storlek: px', 'Starta visningen från sidan:', '', `Download "${title}"`, '', 'Transkript', '', PAGE, ''].join('\n');

describe("a site's quoted title over a page that lost its head", () => {
  it('gives the date and body the page lacks (a long title)', () => {
    const doc = meetingDoc(wrapped('SAMMANTRÄDESPROTOKOLL Sammanträdesdatum Styrelsen 2019-05-14 Sida 14 (40) Folkets hus, Ekby'));
    expect(doc.meeting?.date).toBe('2019-05-14');
    expect(doc.meeting?.body).toBe('styrelse');
    expect(doc.meeting?.location).toBe('Folkets hus, Ekby');
  });

  it('gives the organisation and date of a short title', () => {
    const doc = meetingDoc(wrapped('EKBY KOMMUN Protokoll Kommunstyrelsen 2018-10-02'));
    expect(doc.meeting?.organisation).toBe('Ekby kommun');
    expect(doc.meeting?.date).toBe('2018-10-02');
  });

  it('keeps the title out of the items and participants', () => {
    const doc = meetingDoc(wrapped('SAMMANTRÄDESPROTOKOLL Sammanträdesdatum Styrelsen 2019-05-14 Sida 14 (40) Folkets hus, Ekby'));
    expect(doc.items.map((i) => i.number)).toEqual([21, 22]);
    expect(doc.participants.map((p) => p.name)).toEqual(['Nora Lind', 'Olle Berg', 'Tove Ås', 'Agnes Holm']);
  });

  it("leaves the page's own date before the title's (a guard)", () => {
    const own = ['Storlek: px', '', 'Download "PROTOKOLL Styrelsen 2019-05-14"', '', 'Transkript', '', `1 Protokoll Styrelsen Datum 2019-06-20 ${PAGE}`, ''].join('\n');
    expect(meetingDoc(own).meeting?.date).toBe('2019-06-20');
  });
});
