// Item headings that write a code of the body's register beside the item's number: a case number counted through
// the year after the point's word (`ÄRENDE RMÅ 11/2013 Title`), a Finnish city's section or preparer's running code
// before the § (`RPKL/1 76 § Title`, `Kaj/3` over `76 §`, `Stj/5 § 76`), and a transcript that lost the § before a
// bare case number and the register's filing code (`28 KS 2012/172 51 Title`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const summary = (text: string) => meetingDoc(text).items.map((i) => [i.number, i.title, i.caseNumber]);

describe('a case number counted through the year after the point word', () => {
  it('reads `ÄRENDE RMÅ 11/2013 Title` as point 11, its title on the line', () => {
    const text = [
      'PROTOKOLL',
      'Direktionen för Räddningstjänsten Mellanå',
      'Datum: 2013-04-10',
      '',
      'ÄRENDE RMÅ 11/2013 Delårsrapport för första kvartalet',
      'Direktionen godkänner delårsrapporten.',
      '',
      'ÄRENDE RMÅ 12/2013 Taxor för tillsyn',
      'Direktionen fastställer taxorna.',
    ].join('\n');
    expect(summary(text)).toEqual([
      [11, 'Delårsrapport för första kvartalet', 'RMÅ 11/2013'],
      [12, 'Taxor för tillsyn', 'RMÅ 12/2013'],
    ]);
  });

  it('reads the title on the line under `Ärende Bn 4/2020:`', () => {
    const text = ['PROTOKOLL', 'Byggnämnden i Ekö', 'Datum: 2020-02-03', '', 'Ärende Bn 4/2020:', 'Bygglov för förråd', 'Nämnden beviljar bygglov.', '', 'Ärende Bn 5/2020:', 'Strandskydd', 'Nämnden beviljar dispens.'].join('\n');
    expect(summary(text)).toEqual([
      [4, 'Bygglov för förråd', 'Bn 4/2020'],
      [5, 'Strandskydd', 'Bn 5/2020'],
    ]);
  });

  it('cuts such points out of a page flattened to one line', () => {
    const text =
      'Protokoll Direktionen för Räddningstjänsten Mellanå Datum: 2013-04-10 Närvarande: Kim Lund, Bo Ek ÄRENDE RMÅ 11/2013 Delårsrapport Direktionen godkänner delårsrapporten. ÄRENDE RMÅ 12/2013 Taxor för tillsyn Direktionen fastställer taxorna. ÄRENDE RMÅ 13/2013 Övriga frågor Inga övriga frågor.';
    expect(summary(text).map(([n]) => n)).toEqual([11, 12, 13]);
  });

  it('takes no sentence about a point for a heading', () => {
    const text = ['PROTOKOLL', 'Byggnämnden i Ekö', 'Datum: 2020-02-03', '', '§ 1 Bygglov', 'Ärende om 4/2020 behandlades tidigare.', '', '§ 2 Strandskydd', 'Nämnden beviljar dispens.'].join('\n');
    expect(summary(text).map(([n]) => n)).toEqual([1, 2]);
  });
});

describe("a section's running code before the §", () => {
  it('reads `RPKL/1 76 § Title`, the code no part of the title', () => {
    const text = [
      'PROTOKOLL',
      'Samkommunens styrelse',
      'Sammanträdestid 14.3.2016 kl. 16.00–18.10',
      '',
      'RPKL/1 76 § Ändring av detaljplan för kvarteret Linden',
      'Beslut: Styrelsen godkände ändringen.',
      '',
      'RPKL/2 77 § Anslag för gatubelysning',
      'Beslut: Styrelsen beviljade anslaget.',
    ].join('\n');
    expect(summary(text)).toEqual([
      [76, 'Ändring av detaljplan för kvarteret Linden', null],
      [77, 'Anslag för gatubelysning', null],
    ]);
  });

  it('takes a code alone over `76 §` for no title', () => {
    const text = ['Stadsstyrelsen   14.3.2016', '', 'Kaj/3', '76 §', 'Ändring av detaljplan för kvarteret Linden', 'Beslut: Stadsstyrelsen godkände ändringen.', '', 'Kaj/4', '77 §', 'Anslag för gatubelysning', 'Beslut: Stadsstyrelsen beviljade anslaget.'].join('\n');
    expect(summary(text).map(([n, t]) => [n, t])).toEqual([
      [76, 'Ändring av detaljplan för kvarteret Linden'],
      [77, 'Anslag för gatubelysning'],
    ]);
  });

  it('reads the code before the sign too (`Stj/5 § 76`)', () => {
    const text = ['Stadsstyrelsen   14.3.2016', '', 'Stj/5 § 76', 'Ändring av detaljplan', 'Beslut: Stadsstyrelsen godkände ändringen.', '', 'Stj/6 § 77', 'Anslag för gatubelysning', 'Beslut: Stadsstyrelsen beviljade anslaget.'].join('\n');
    expect(summary(text).map(([n, t]) => [n, t])).toEqual([
      [76, 'Ändring av detaljplan'],
      [77, 'Anslag för gatubelysning'],
    ]);
  });

  it('cuts the headings out of one line, the next code with its heading', () => {
    const doc = meetingDoc(
      'SAMKOMMUNENS STYRELSE PROTOKOLL 3/2016 Sammanträdestid 14.3.2016 kl. 16.00 RPKL/1 76 § Ändring av detaljplan Beslut: Styrelsen godkände ändringen. RPKL/2 77 § Anslag för gatubelysning Beslut: Styrelsen beviljade anslaget.',
    );
    expect(doc.items.map((i) => i.number)).toEqual([76, 77]);
    expect(doc.items[0]!.text).not.toContain('RPKL');
  });
});

describe('a lost § before a bare case number', () => {
  it('reads `28 KS 2012/172 51 Title`: the number, the case number, the filing code left out', () => {
    const text = [
      'SAMMANTRÄDESPROTOKOLL 1 (9)',
      'Kommunstyrelsens arbetsutskott',
      'Dag och tid Tisdag den 6 mars 2018, kl. 13.00',
      '',
      'SAMMANTRÄDESPROTOKOLL 2 (9)',
      '28 KS 2018/172 51 Remissvar om regional cykelplan',
      'Beslut',
      'Arbetsutskottet lämnar yttrande enligt förslaget.',
      '',
      'SAMMANTRÄDESPROTOKOLL 3 (9)',
      '29 KS 2018/33 40 Ansökan ur Ekfonden',
      'Beslut',
      'Arbetsutskottet beviljar ansökan.',
    ].join('\n');
    expect(summary(text)).toEqual([
      [28, 'Remissvar om regional cykelplan', 'KS 2018/172'],
      [29, 'Ansökan ur Ekfonden', 'KS 2018/33'],
    ]);
  });

  it('reads one without a filing code (`12 SN 2019/45 Title`)', () => {
    const text = ['PROTOKOLL', 'Socialnämnden', 'Datum 2019-05-02', '', '12 SN 2019/45 Riktlinjer för hemtjänst', 'Socialnämnden antar riktlinjerna.', '', '13 SN 2019/51 Delårsrapport', 'Socialnämnden godkänner rapporten.'].join('\n');
    expect(summary(text)).toEqual([
      [12, 'Riktlinjer för hemtjänst', 'SN 2019/45'],
      [13, 'Delårsrapport', 'SN 2019/51'],
    ]);
  });
});
