// Swedish-language Finnish minutes print their table of contents as a page of their own before the front page
// (`nr 3/2026 INNEHÅLLSFÖRTECKNING KST 41 KST 42 …`, the entries' titles after their numbers, no text under any), and the
// front page's title atop the next page (`MÖTESPROTOKOLL Sida 2`): one document, the minutes, not a first document of
// entries split off from them (a transcript cut off after the front page keeps the entries as its items). Every text is
// invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const contents = '1 nr 3/2026 INNEHÅLLSFÖRTECKNING KST 41 KST 42 KST 43 Mötets konstituering Budgetuppföljning för januari-mars Anlända skrivelser och beslut';
const front =
  '2 MÖTESPROTOKOLL Sida 2 Nr 3/2026 Mötesplats och -tid Kommunhuset kl 17.00-18.40 Närvarande medlemmar Lind Eva, ordförande Berg Jan, medlem Holm Kaj, medlem Övriga närvarande Ek Stina, kommundirektör Underskrifter Eva Lind ordförande Protokolljustering Jan Berg Kaj Holm';
const paragraphs = [
  '3 KST 41 Mötets konstituering Ordföranden konstaterade mötet lagligt sammankallat och beslutfört.',
  '4 KST 42 Budgetuppföljning för januari-mars Kommunstyrelsen antecknar uppföljningen för kännedom.',
  '5 KST 43 Anlända skrivelser och beslut Kommunstyrelsen antecknar skrivelserna för kännedom.',
];

const docs = (...pages: string[]) => parseText(text('Transkript', '', ...pages.flatMap((p) => [p, '']))).documents;

describe('a contents page before the minutes’ front page', () => {
  it('is the minutes’ first page, cut off after the front page', () => {
    const got = docs(contents, front);
    expect(got.map((d) => [d.kind, d.title])).toEqual([['minutes', 'MÖTESPROTOKOLL']]);
    expect(got[0]!.items.map((it) => it.number)).toEqual([41, 42, 43]);
    expect(got[0]!.meeting?.number).toBe('3/2026');
  });

  it('is the minutes’ first page, their §§ after it', () => {
    const got = docs(contents, front, ...paragraphs);
    expect(got.map((d) => d.kind)).toEqual(['minutes']);
    expect(got[0]!.items.map((it) => it.text)).toEqual([
      'Ordföranden konstaterade mötet lagligt sammankallat och beslutfört.',
      'Kommunstyrelsen antecknar uppföljningen för kännedom.',
      'Kommunstyrelsen antecknar skrivelserna för kännedom.',
    ]);
  });

  it('is no contents page where text stands under its entries (a report before the minutes)', () => {
    const report = text(
      'Innehållsförteckning',
      '1. Inledning',
      '2. Verksamheten',
      '3. Ekonomi',
      '',
      'Föreningen har under året haft en stabil verksamhet.',
      'Medlemsantalet har ökat något jämfört med föregående år.',
      'Styrelsen har sammanträtt sex gånger.',
      'Ekonomin är god och budgeten har hållits.',
      '\f',
      'PROTOKOLL',
      'Styrelsemöte 2026-03-10',
      '',
      '§ 1 Mötets öppnande',
      'Ordföranden öppnade mötet.',
    );
    expect(parseText(report).documents.length).toBe(2);
  });
});
