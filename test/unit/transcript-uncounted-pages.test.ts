// A sharing site's transcript (`Transkript`) numbers every page before its text, and some pages carry no counter nor
// header of their own: `1 Tid och plats …`, `2 Beslutande Omröstning …`, `3 Kommunfullmäktige 145 Val av …`. The site's
// numbers, counting up from 1, are the pages', not points 1, 2, 3. Every text is invented.
import { describe, expect, it } from 'vitest';
import { linesOf, meetingDoc, text } from './helpers.js';

const TRANSCRIPT = text(
  'Protokoll kommunfullmäktige',
  'Transkript',
  '',
  '1 Tid och plats Stadshuset, Sessionssalen kl 18.00-20.00 Beslutande Se förteckning bilaga 1 Övriga närvarande Eva Lind, sekreterare Utses att justera Nils Berg och Karin Holm Paragrafer 145-147 Sekreterare Eva Lind Ordförande Olof Ek Justerande Nils Berg Karin Holm',
  '',
  '2 Beslutande Omröstning Olof Ek (S) Nils Berg (M) Karin Holm (C) Per Strand (S) Märta Sjö (V) Lena Dahl (KD) Jonas Alm (L) Sara Berg (MP)',
  '',
  '3 Kommunfullmäktige 145 Val av justerare Kommunfullmäktige utser Nils Berg och Karin Holm att justera protokollet. 146 Budget för år 2025 Kommunfullmäktige beslutar att fastställa budgeten enligt förslaget.',
  '',
  '4 Kommunfullmäktige 147 Anmälan av motioner Motionerna remitteras till kommunstyrelsen för beredning.',
);

// the same numbers without the site's heading: an agenda's points on a web page, not pages
const POINTS = text(
  'Föredragningslista styrelsen',
  '',
  '1 Mötets öppnande och val av justerare samt godkännande av dagordningen för mötet',
  '',
  '2 Ekonomisk uppföljning efter årets första kvartal med prognos för helåret 2025',
  '',
  '3 Verksamhetsplan för nästa år, diskussion om inriktning och prioriteringar',
);

describe('a transcript whose pages carry no counter', () => {
  it('takes the site\'s numbers for the pages\'', () => {
    const texts = linesOf(TRANSCRIPT).map((l) => l.text);
    expect(texts.filter((t) => /^[1-4](?:\s|$)/u.test(t))).toEqual([]);
  });

  it('reads no page number as a point', () => {
    const doc = meetingDoc(TRANSCRIPT);
    expect(doc.items.map((i) => i.number)).not.toContain(2);
    expect(doc.items.map((i) => i.number)).not.toContain(3);
  });

  it('leaves numbered points with no site\'s heading alone', () => {
    expect(meetingDoc(POINTS).items.map((i) => i.number)).toEqual([1, 2, 3]);
  });
});
