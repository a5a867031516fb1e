// A sharing site's transcript that lost its § signs and is cut short (an excerpt: the first pages
// only): the numbers that count up at heading places from the first of the declared range, with
// nothing of the range after them, are still the §§ (two at least).
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const FRONT =
  '1 1(21) Plats och tid Stora salen, rådhuset, klockan 13:00-15:10 Beslutande Karin Holm (S), ordförande Per Alm (S) Tor Ahl (V) ' +
  'Justeringens plats och tid Torsdagen 10 mars 2016, rådhuset Paragrafer 40-55 Underskrifter Sekreterare Maja Roos Ordförande Karin Holm Justerande Tor Ahl';
const PAGE_40 =
  '3 3(21) KS/2016:12 40 Val till kommunala uppdrag Beslut Följande avsägelse godkänns: Ola Bloms (M) avsägelse som ersättare. Ärendebeskrivning Ola Blom har avsagt sig uppdraget.';
const PAGE_41 = '4 4(21) KS/2015:301 41 Motion om cykelvägar Beslut Motionen avslås. Ärendebeskrivning Jonas Ek (V) har lämnat en motion om fler cykelvägar.';
const PAGE_42 = '5 5(21) KS/2016:3 42 Taxa för parkering Beslut Taxan antas. Ärendebeskrivning Förvaltningen har tagit fram en ny taxa.';

const transcript = (...pages: string[]): string => ['Protokoll', '', 'Transkript', '', ...pages.flatMap((p) => [p, ''])].join('\n');

describe('§ signs lost in a transcript cut short', () => {
  it('the first two §§ of the declared range are items though the rest of it is not in the text', () => {
    const doc = meetingDoc(transcript(FRONT, PAGE_40, PAGE_41));
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [40, 'Val till kommunala uppdrag', 'KS/2016:12'],
      [41, 'Motion om cykelvägar', 'KS/2015:301'],
    ]);
  });

  it('two numbers in a row that do not open the declared range are no §§', () => {
    // (without the case number before them: with it, `KS/2015:301 41 Motion …` is a heading of its own, see
    // case-number-before-paragraph.test.ts)
    const bare = (page: string): string => page.replace(/ KS\/\d{4}:\d+ /u, ' ');
    const doc = meetingDoc(transcript(FRONT, bare(PAGE_41), bare(PAGE_42)));
    expect(doc.items).toEqual([]);
  });

  it('a case number before each number makes them §§, though they do not open the declared range', () => {
    const doc = meetingDoc(transcript(FRONT, PAGE_41, PAGE_42));
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [41, 'Motion om cykelvägar', 'KS/2015:301'],
      [42, 'Taxa för parkering', 'KS/2016:3'],
    ]);
  });
});
