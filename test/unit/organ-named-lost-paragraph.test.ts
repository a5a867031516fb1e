// A sharing site's transcript that opens each § page with the organ's name and the § number, its sign lost:
// `3 Kommunfullmäktige 145 Val av justerare Kommunfullmäktige utser …`. The organ's name before the number on a
// page's first line is the heading; the same words inside a page's text are none. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const transcript = (...pages: string[]): string =>
  text(
    'Transkript',
    '',
    '1 Plats och tid Rådhuset, Norrvik kl 18.00-20.00 Beslutande Anna Ek (S), ordförande Bo Alm (M) Utses att justera Bo Alm Justeringens plats och tid Kansliet Paragrafer 145-147 Underskrifter Sekreterare Eva Berg Ordförande Anna Ek Justerande Bo Alm',
    '',
    '2 ANSLAG/BEVIS Protokollet är justerat. Organ Kommunfullmäktige Sammanträdesdatum Underskrift Eva Berg',
    ...pages.flatMap((p) => ['', p]),
  );

describe('an organ’s name before a § number whose sign a transcript lost', () => {
  it('opens a § on the page’s first line', () => {
    const doc = meetingDoc(
      transcript(
        '3 Kommunfullmäktige 145 Val av justerare Kommunfullmäktige utser Bo Alm att justera protokollet.',
        '4 Kommunfullmäktige 146 Motion om fler cykelvägar Kommunfullmäktige beslutar att avslå motionen.',
        '5 Kommunfullmäktige 147 Årsredovisning för 2023 Kommunfullmäktige beslutar att godkänna årsredovisningen.',
      ),
    );
    expect(doc.items.map((i) => i.number)).toEqual([145, 146, 147]);
    expect(doc.items[1]!.title).toMatch(/^Motion om fler cykelvägar/u);
  });

  it('is no heading inside a page’s text, nor before a date or a small word', () => {
    const doc = meetingDoc(
      transcript(
        '3 Kommunfullmäktige 145 Val av justerare Kommunfullmäktige utser Bo Alm att justera protokollet. Beslutet skickas till Socialnämnden 12 Kansliet.',
        '4 Kommunfullmäktige 146 Motion om fler cykelvägar Kommunfullmäktige beslutar att avslå motionen.',
        '5 Socialnämnden 2024-03-12 behandlade ärendet och Kommunstyrelsen 12 december likaså.',
      ),
    );
    expect(doc.items.map((i) => i.number)).toEqual([145, 146]);
  });
});
