// A transcript that flattens each page of a protokoll into one line keeps the page's running header before the § heading:
// `2 Sammanträdesprotokoll 2 (9) Kommunfullmäktige KS 41/2019 Dnr 2019/77 Title …` (the organ the § goes to named, then the
// deciding organ's letters with the § number and the year of its count, no sign). The heading is cut off the header and
// read as the item. A year-first case number of the same letters (`KS 2019/77`) stays none. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const front =
  '1 Sammanträdesprotokoll 1 (9) Plats och tid Stadshuset, Lillby kl 13.00 Beslutande Anna Berg, C Per Ek, S Lisa Holm, M Utses att justera Per Ek Underskrifter Paragrafer Sekreterare Ordförande Justerande. Eva Lund. Anna Berg. Per Ek';

const counted = text(
  'Transkript',
  '',
  front,
  '',
  '2 Sammanträdesprotokoll 2 (9) Kommunfullmäktige KS 41/2019 Dnr 2019/77 Bostadsförsörjningsprogram för Lillby Kommunstyrelsens förslag till kommunfullmäktige Kommunstyrelsen föreslår kommunfullmäktige att anta programmet.',
  '',
  '3 Sammanträdesprotokoll 3 (9) Kommunstyrelsen KS 42/2019 Dnr 2019/80 Taxa för bygglov Kommunstyrelsens beslut Kommunstyrelsen beslutar att anta taxan.',
);

const yearFirst = text(
  'Transkript',
  '',
  front,
  '',
  '2 Sammanträdesprotokoll 2 (9) Kommunfullmäktige § 41 Bostadsförsörjningsprogram för Lillby Ärendet har beretts i KS 2019/77 Kommunstyrelsen föreslår kommunfullmäktige att anta programmet.',
);

describe('an organ’s `KS 41/2019` heading after a transcript page’s running header', () => {
  it('is the item, its case number and title read', () => {
    const doc = parseText(counted).documents[0]!;
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [41, 'Bostadsförsörjningsprogram för Lillby'],
      [42, 'Taxa för bygglov'],
    ]);
    expect(doc.items[0]!.caseNumber).toBe('2019/77');
  });

  it('a year-first case number with the organ’s letters opens no heading', () => {
    const doc = parseText(yearFirst).documents[0]!;
    expect(doc.items.map((it) => it.number)).toEqual([41]);
  });
});
