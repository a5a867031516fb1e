// Item headings in every form of issue 11 — `§ 12`, `§12`, `12 §`, `KS § 12`, `KST 69 §`, a
// `$` misread for `§`, agenda points `1.` / `1)`, a number in a column of its own, a
// transcript that lost its `§` — with case numbers, wrapped titles, sub-items and a heading
// repeated on the next page. Every text is invented; each `it` is one form. A case marked
// `it.fails` keeps the right expectation for a form the parser still reads wrongly.
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/index.js';
import { meetingDoc, text } from './helpers.js';

const HEAD = text(
  'PROTOKOLL',
  'Styrelsen, Samordningsförbundet Nordmark',
  'Datum: 2023-03-15',
  'Tid: kl. 13.00–15.30',
  'Plats: Kansliet, Nordmark',
  'Beslutande',
  'Anna Lind (S), ordförande',
  'Karl Berg (M)',
  '',
);
const KS_HEAD = text('PROTOKOLL', 'Kommunstyrelsen, Ekby kommun', 'Sammanträdesdatum 2023-05-02', 'Plats och tid Kommunhuset, Ekby kl 13.00-16.00', 'Beslutande', 'Anna Lind (S), ordförande', 'Karl Berg (M)', '');
const NOTICE_HEAD = text('KALLELSE', 'Styrelsen, Samordningsförbundet Nordmark', 'Datum: 2023-04-20', 'Tid: kl. 09.00–12.00', 'Plats: Kansliet, Nordmark', '');

const heads = (doc: Document): [number | null, string][] => doc.items.map((i) => [i.number, i.title]);
const decisions = (doc: Document): [number | null, string[]][] => doc.items.map((i) => [i.number, i.decisions.map((d) => d.text)]);

describe('item headings: the § forms', () => {
  it('`§ 12 Title`', () => {
    const doc = meetingDoc(HEAD + text('§ 12 Mötets öppnande', 'Ordföranden öppnar mötet.', '', '§ 13 Budget 2024', 'Styrelsen beslutar att godkänna budgeten.'));
    expect(heads(doc)).toEqual([
      [12, 'Mötets öppnande'],
      [13, 'Budget 2024'],
    ]);
    expect(doc.items[0]!.text).toBe('Ordföranden öppnar mötet.');
    expect(decisions(doc)).toEqual([
      [12, []],
      [13, ['Styrelsen beslutar att godkänna budgeten.']],
    ]);
  });

  it('`§12` without a space', () => {
    const doc = meetingDoc(HEAD + text('§12 Mötets öppnande', 'Ordföranden öppnar mötet.', '', '§13 Budget 2024', 'Styrelsen beslutar att godkänna budgeten.'));
    expect(heads(doc)).toEqual([
      [12, 'Mötets öppnande'],
      [13, 'Budget 2024'],
    ]);
  });

  it('`12 §`, the number before the sign, title on the same or the next line', () => {
    const doc = meetingDoc(HEAD + text('12 § Mötets öppnande', 'Ordföranden öppnar mötet.', '', '13 §', 'Budget 2024', 'Styrelsen beslutar att godkänna budgeten.'));
    expect(heads(doc)).toEqual([
      [12, 'Mötets öppnande'],
      [13, 'Budget 2024'],
    ]);
    expect(doc.items[1]!.text).toBe('Styrelsen beslutar att godkänna budgeten.');
  });

  it('`KS § 12`: an organ prefix, the title on the next line, the case number in a column beside it', () => {
    const doc = meetingDoc(
      KS_HEAD +
        text('KS § 12', 'Mötets öppnande', 'Ordföranden öppnar mötet.', '', 'KS § 13                       Dnr KS 2023/412', '', 'Budget 2024', '', 'Kommunstyrelsens beslut', 'Budgeten godkänns.'),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [12, 'Mötets öppnande', null],
      [13, 'Budget 2024', 'KS 2023/412'],
    ]);
    expect(doc.items[1]!.decisions.map((d) => [d.by, d.text])).toEqual([['Kommunstyrelsen', 'Budgeten godkänns.']]);
  });

  it('`KST 69 §`: an organ prefix and the number before the sign', () => {
    const doc = meetingDoc(HEAD + text('KST 69 §', 'Mötets öppnande', 'Ordföranden öppnar mötet.', '', 'KST 70 §', 'Budget 2024', 'Styrelsen beslutar att godkänna budgeten.'));
    expect(heads(doc)).toEqual([
      [69, 'Mötets öppnande'],
      [70, 'Budget 2024'],
    ]);
  });

  it('`$ 12`: a `§` misread as `$` by OCR', () => {
    const doc = meetingDoc(HEAD + text('$ 12 Mötets öppnande', 'Ordföranden öppnar mötet.', '', '$ 13 Budget 2024', 'Styrelsen beslutar att godkänna budgeten.'));
    expect(heads(doc)).toEqual([
      [12, 'Mötets öppnande'],
      [13, 'Budget 2024'],
    ]);
  });

  it('a transcript that lost its `§`: `140 Dnr KS 2023/301 Title`', () => {
    const doc = meetingDoc(
      HEAD + text('140 Dnr KS 2023/301 Detaljplan för Ekbacken', 'Styrelsen beslutar att anta detaljplanen.', '', '141 Dnr KS 2023/322 Taxa för bygglov', 'Styrelsen beslutar att fastställa taxan.'),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [140, 'Detaljplan för Ekbacken', 'KS 2023/301'],
      [141, 'Taxa för bygglov', 'KS 2023/322'],
    ]);
  });
});

describe('item headings: agenda points of a notice', () => {
  it('`1.` and `1)` points, with a proposal under one of them', () => {
    const doc = meetingDoc(
      NOTICE_HEAD +
        text(
          'Föredragningslista',
          '1. Mötets öppnande',
          '2. Val av justerare',
          '3. Ekonomisk uppföljning',
          'Förslag till beslut: Styrelsen godkänner uppföljningen.',
          '4) Verksamhetsplan 2024',
          '5) Övriga frågor',
        ),
    );
    expect(doc.kind).toBe('notice');
    expect(heads(doc)).toEqual([
      [1, 'Mötets öppnande'],
      [2, 'Val av justerare'],
      [3, 'Ekonomisk uppföljning'],
      [4, 'Verksamhetsplan 2024'],
      [5, 'Övriga frågor'],
    ]);
    expect(doc.items[2]!.proposal).toBe('Styrelsen godkänner uppföljningen.');
    expect(doc.items.every((i) => i.decisions.length === 0)).toBe(true);
  });

  it('a number in a column of its own: `4      Ekonomisk uppföljning`', () => {
    const doc = meetingDoc(
      text(
        'ÄRENDELISTA',
        'Kommunstyrelsen',
        'Sammanträdesdatum 2023-05-02 kl 13.00',
        'Plats Kommunhuset, Ekby',
        '',
        'Nr     Ärende',
        '1      Val av justerare',
        '2      Delårsrapport',
        '3      Ekonomisk uppföljning',
        '4      Markanvisning för Kvarnbacken',
      ),
    );
    expect(doc.kind).toBe('notice');
    expect(heads(doc)).toEqual([
      [1, 'Val av justerare'],
      [2, 'Delårsrapport'],
      [3, 'Ekonomisk uppföljning'],
      [4, 'Markanvisning för Kvarnbacken'],
    ]);
  });

  it('a `1. 2. 3.` list inside a § body is not a set of items', () => {
    const doc = meetingDoc(
      KS_HEAD +
        text(
          'KS § 1',
          'Godkännande av dagordning',
          'Dagordningen kompletteras med följande ärenden:',
          '',
          '1.   Information om skolskjutsar.',
          '2.   Rapport från länsstyrelsen.',
          '3.   Ändrad mötestid i juni.',
          '',
          'Kommunstyrelsens beslut',
          'Dagordningen godkänns med tilläggen.',
          '',
          'KS § 2',
          'Delårsrapport',
          'Kommunstyrelsens beslut',
          'Rapporten läggs till handlingarna.',
        ),
    );
    expect(heads(doc)).toEqual([
      [1, 'Godkännande av dagordning'],
      [2, 'Delårsrapport'],
    ]);
    expect(doc.items[0]!.text).toContain('Rapport från länsstyrelsen.');
  });
});

describe('item headings: case numbers, titles and sub-items', () => {
  it('a case number in brackets after the title, `(Dnr KS 2023/412)`, and unbracketed, `Dnr 2023.77`', () => {
    const doc = meetingDoc(
      HEAD +
        text(
          '§ 5 Ny lokal för kansliet (Dnr KS 2023/412)',
          'Styrelsen beslutar att hyra lokalen.',
          '',
          '§ 6 Revisionsrapport Dnr 2023.77',
          'Styrelsen godkänner rapporten.',
        ),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [5, 'Ny lokal för kansliet', 'KS 2023/412'],
      [6, 'Revisionsrapport', '2023.77'],
    ]);
  });

  it('a case number on the line under the title: `Dnr SN 2023/88`', () => {
    const doc = meetingDoc(HEAD + text('§ 7 Riktlinjer för färdtjänst', 'Dnr SN 2023/88', '', 'Styrelsen beslutar att anta riktlinjerna.'));
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([[7, 'Riktlinjer för färdtjänst', 'SN 2023/88']]);
    expect(doc.items[0]!.text).toBe('Styrelsen beslutar att anta riktlinjerna.');
  });

  it('a Finnish town\'s register letters glued to the label: `VIKDNR 88/02.05.00/2024`, `VIKDNR/91/10.03.00/2024`', () => {
    const doc = meetingDoc(
      HEAD +
        text('41 §', 'ÅRSBOKSLUT 2023', 'VIKDNR 88/02.05.00/2024', '', 'Styrelsen godkänner bokslutet.', '', '42 §', 'GATUBELYSNING, ANBUD', 'VIKDNR/91/10.03.00/2024', '', 'Styrelsen antar anbudet.'),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [41, 'ÅRSBOKSLUT 2023', '88/02.05.00/2024'],
      [42, 'GATUBELYSNING, ANBUD', '91/10.03.00/2024'],
    ]);
  });

  it('attachments named on a line of their own with a title, or referred to in the text', () => {
    const doc = meetingDoc(
      HEAD +
        text(
          '§ 8 Bokslut 2023',
          'Bokslutet visar ett överskott.',
          '',
          'Bilaga 1 Bokslut 2023',
          '',
          'Styrelsen beslutar att godkänna bokslutet.',
          '',
          '§ 9 Yttrande över trafikplan',
          'Styrelsen beslutar att yttra sig enligt bilaga 2,',
          '3. att uppdra åt kansliet att svara.',
          '',
          '§ 10 Delegationsbeslut',
          'Bilaga till protokollet finns hos kansliet.',
        ),
    );
    expect(doc.items.map((i) => [i.number, i.attachments])).toEqual([
      [8, ['1']],
      [9, ['2']],
      [10, []],
    ]);
  });

  it('a title wrapped over two lines is one title', () => {
    const doc = meetingDoc(
      HEAD + text('§ 7 Riktlinjer för', 'bidrag till föreningar', 'Styrelsen beslutar att anta riktlinjerna.', '', '§ 8 Avslutning', 'Ordföranden avslutar mötet.'),
    );
    expect(heads(doc)).toEqual([
      [7, 'Riktlinjer för bidrag till föreningar'],
      [8, 'Avslutning'],
    ]);
    expect(doc.items[0]!.text).toBe('Styrelsen beslutar att anta riktlinjerna.');
  });

  it('`§ 3a` / `§ 3b` are sub-items a and b of § 3', () => {
    const doc = meetingDoc(
      HEAD +
        text(
          '§ 3a Lägesrapport Vägen ut',
          'Rapporten läggs till handlingarna.',
          '',
          '§ 3b Lägesrapport Steget vidare',
          'Rapporten läggs till handlingarna.',
          '',
          '§ 4 Avslutning',
          'Ordföranden avslutar mötet.',
        ),
    );
    expect(doc.items.map((i) => i.number)).toEqual([3, 4]);
    expect(doc.items[0]!.subItems.map((s) => [s.label, s.title])).toEqual([
      ['a', 'Lägesrapport Vägen ut'],
      ['b', 'Lägesrapport Steget vidare'],
    ]);
    expect(doc.items[0]!.subItems.map((s) => s.text)).toEqual(['Rapporten läggs till handlingarna.', 'Rapporten läggs till handlingarna.']);
  });
});

describe('item headings: a § that runs over a page break', () => {
  const page = (...lines: string[]): string => lines.join('\n');
  const FOOT = ['Justerandes sign                Utdragsbestyrkande'];
  const RUNNING = 'Ekby kommun                         Kommunstyrelsen                2023-05-02';
  const pages = (cont: string): string =>
    [
      page(RUNNING, KS_HEAD, 'KS § 40', 'Ekonomisk uppföljning april', '', 'Kommunstyrelsens beslut', 'Uppföljningen godkänns.', ...FOOT, 'Sida 1 av 3'),
      page(RUNNING, 'KS § 41', 'Markanvisning för Kvarnbacken', '', 'Kommunstyrelsens beslut', 'Kvarnbacken Bygg AB får en markanvisning för', 'kvarteret Kvarnen.', ...FOOT, 'Sida 2 av 3'),
      page(RUNNING, cont, 'Markanvisningen gäller i två år.', '', 'KS § 42', 'Avslutning', 'Ordföranden avslutar mötet.', ...FOOT, 'Sida 3 av 3'),
    ].join('\n\f') + '\n';

  // the repeated heading `KS § 41 (forts.)` at the top of the next page is no part of § 41's text
  it('a heading repeated with `(forts.)` continues the § and leaves no trace in its text', () => {
    const doc = meetingDoc(pages('KS § 41 (forts.)'));
    expect(heads(doc)).toEqual([
      [40, 'Ekonomisk uppföljning april'],
      [41, 'Markanvisning för Kvarnbacken'],
      [42, 'Avslutning'],
    ]);
    expect(doc.items[1]!.text).toBe('Kommunstyrelsens beslut\n\nKvarnbacken Bygg AB får en markanvisning för kvarteret Kvarnen.\n\nMarkanvisningen gäller i två år.');
  });

  it('a heading repeated with `(forts.)` makes no second § 41', () => {
    const doc = meetingDoc(pages('KS § 41 (forts.)'));
    expect(heads(doc)).toEqual([
      [40, 'Ekonomisk uppföljning april'],
      [41, 'Markanvisning för Kvarnbacken'],
      [42, 'Avslutning'],
    ]);
    expect(doc.items[1]!.text).toContain('Markanvisningen gäller i två år.');
  });

  it('a heading repeated as it was (`KS § 41`) on the next page makes no second § 41', () => {
    const doc = meetingDoc(pages('KS § 41'));
    expect(doc.items.map((i) => i.number)).toEqual([40, 41, 42]);
    expect(doc.items[1]!.title).toBe('Markanvisning för Kvarnbacken');
    expect(doc.items[1]!.text).toContain('Markanvisningen gäller i två år.');
  });
});
