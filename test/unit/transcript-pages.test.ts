// Minutes as a document-sharing site transcribes them: each page one line, opened by the
// site's page number and the document's own counter (`4 Sida 4 (9)`), headings run on with
// their text. And a page header over the next § after a signed page. Invented texts.
import { describe, expect, it } from 'vitest';
import { meetingDoc, parseText } from './helpers.js';

const TRANSCRIPT = [
  'Transkript',
  '',
  '1 Sida 1 (9) Plats och tid Kommunhuset, Björksalen kl. 13:00-15:40 Beslutande Ledamöter Karin Alm (S), Olle Brink (M), Sara Dahl (S) Justering Justerande Olle Brink (M) Paragrafer 41-43',
  '',
  '2 Sida 2 (9) KS § 41 Val av justerare Kommunstyrelsens beslut Olle Brink (M) utses att justera protokollet. Justerandes sign Utdragsbestyrkande',
  '',
  '3 Sida 3 (9) KS § 42 Dnr KS 2024/55 Budgetuppföljning februari Sammanfattning Prognosen visar ett överskott. Kommunstyrelsens beslut Kommunstyrelsen godkänner budgetuppföljningen. Justerandes sign Utdragsbestyrkande',
  '',
  '4 Sida 4 (9) KS § 43 Dnr KS 2023/210 Motion om cykelbanor Sammanfattning En motion om fler cykelbanor har lämnats. Kommunstyrelsens beslut Motionen anses besvarad. Justerandes sign Utdragsbestyrkande',
].join('\n');

describe('a transcript with one line a page', () => {
  it('takes `4 Sida 4 (9)` for the page counter, and cuts each § heading once', () => {
    const doc = meetingDoc(TRANSCRIPT);
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [41, 'Val av justerare', null],
      [42, 'Budgetuppföljning februari', 'KS 2024/55'],
      [43, 'Motion om cykelbanor', 'KS 2023/210'],
    ]);
    expect(JSON.stringify(doc)).not.toMatch(/Sida \d|\(9\)/);
  });
});

const SIGNED_PAGES = [
  'TALLMO KOMMUN',
  'Kommunstyrelsen',
  'PROTOKOLL',
  '2024-03-12',
  '',
  'Plats och tid   Kommunhuset kl. 13.00-15.00',
  'Beslutande      Karin Alm (S), ordförande',
  '',
  '§ 7   Val av justerare',
  'Olle Brink utses att justera protokollet.',
  '',
  'Ordförande                Justerare',
  '________________          ________________',
  '\fTALLMO KOMMUN   Kommunstyrelsen   PROTOKOLL   Sammanträdesdatum 2024-03-12',
  '§ 8   Budgetuppföljning',
  'Kommunstyrelsen godkänner uppföljningen.',
  '',
  'Ordförande                Justerare',
  '________________          ________________',
].join('\n');

describe('a page header over the next § after a signed page', () => {
  it('is the same minutes, not a new document', () => {
    const docs = parseText(SIGNED_PAGES).documents;
    expect(docs).toHaveLength(1);
    expect(docs[0]!.items.map((i) => i.number)).toEqual([7, 8]);
  });
});

// the same site, another template: the counter in square brackets after the running title,
// the contents first, and every § sign lost
const LOST_SIGNS = [
  '1 INNEHÅLLSFÖRTECKNING 1 [1] 21 Information om ny webbplats BESLUTAS AV NÄMNDEN 22 Taxa för bygglov 23 Svar på motion om laddplatser (C)',
  '',
  '2 SAMMANTRÄDESPROTOKOLL 1[5] Plats och tid Stadshuset, kl 16:00-17:30 Beslutande Se bilaga Utses att justera Elin Ros (C) Paragrafer 21-23 Sekreterare Lina Berg Ordförande Anders Holm (S)',
  '',
  '3 SAMMANTRÄDESPROTOKOLL 2[5] 21 Information om ny webbplats Nämndens beslut Informationen noteras.',
  '',
  '4 SAMMANTRÄDESPROTOKOLL 3[5] 22 Dnr BN/2024:31 Taxa för bygglov Nämndens beslut Nämnden antar taxan.',
  '',
  '5 SAMMANTRÄDESPROTOKOLL 4[5] 23 Dnr BN/2024:12 Svar på motion om laddplatser (C) Nämndens förslag till kommunfullmäktige Motionen bifalls. Yrkanden Elin Ros (C) yrkar bifall till motionen.',
].join('\n');

describe('a transcript that lost its § signs, the counters in square brackets', () => {
  it('finds every § of the declared range after the page headers, and drops the headers', () => {
    const doc = meetingDoc(LOST_SIGNS);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [21, 'Information om ny webbplats'],
      [22, 'Taxa för bygglov'],
      [23, 'Svar på motion om laddplatser (C)'],
    ]);
    expect(JSON.stringify(doc.items)).not.toMatch(/SAMMANTRÄDESPROTOKOLL|\[5\]/);
  });

  it('reads `Nämndens förslag till kommunfullmäktige` run on with its text as the proposal', () => {
    const doc = meetingDoc(LOST_SIGNS);
    expect(doc.items[2]!.proposal).toBe('Motionen bifalls.');
    expect(doc.items[1]!.decisions.map((d) => d.text)).toEqual(['Nämnden antar taxan.']);
  });
});
