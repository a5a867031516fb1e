// More transcripts of sharing sites, one line a page, and an association's minutes:
// the site's own page number before a page's header in capitals (`4 SAMMANTRÄDESPROTOKOLL
// Sammanträdesdatum § 1 …`), that header run on with the text of the first pages, a footer
// `Page 1 of 9` after a label, `Justerare signatur`; minutes that list the agenda they
// followed (`Utsänd föredragningslista`); an attendance list with `Anmält förhinder` one
// space after a name. Invented texts in layouts met in the `pages` corpus.
import { describe, expect, it } from 'vitest';
import { meetingDoc, parseText } from './helpers.js';

const topics: ReadonlyArray<readonly [string, string, string]> = [
  ['Val av justerare', 'Två justerare ska utses.', 'Nils Borg (S) och Maja Ros (M) utses att justera protokollet.'],
  ['Årsredovisning 2018', 'Kommunens årsredovisning har upprättats.', 'Årsredovisningen godkänns.'],
  ['Motion om gatubelysning', 'En motion om belysning på Storgatan har lämnats.', 'Motionen avslås.'],
  ['Taxa för renhållning', 'Tekniska nämnden föreslår en ny taxa.', 'Taxan antas.'],
  ['Avsägelse från uppdrag', 'Tea Falk (V) har avsagt sig uppdraget som ersättare.', 'Avsägelsen godkänns.'],
];

const CAPITALS_HEADER = [
  '1 SAMMANTRÄDESPROTOKOLL Sammanträdesdatum Kommunfullmäktige Tid Plats 18:30-20:15 Folkets hus, Lövby Beslutande ledamöter Ulla Strand (S) (ordförande) Nils Borg (S) (vice ordförande) Maja Ros (M) Olof Hed (C) Ej tjänstgörande ersättare Page 1 of 8',
  '',
  '2 SAMMANTRÄDESPROTOKOLL Sammanträdesdatum Pia Lund (SD) Övriga Rut Ask (Kommundirektör) Ebbe Tall (Kommunsekreterare) Ordförande Ulla Strand (S) Justerare Nils Borg (S) Maja Ros (M) Sekreterare Ebbe Tall Justerare signatur Utdragsbestyrkande Page 2 of 8',
  '',
  ...topics.flatMap(([title, body, decision], k) => [
    `${k + 3} SAMMANTRÄDESPROTOKOLL Sammanträdesdatum § ${k + 1} ${title} Ärendebeskrivning ${body} Kommunfullmäktiges beslut ${decision} Justerare signatur Utdragsbestyrkande Page ${k + 3} of 8`,
    '',
  ]),
].join('\n');

describe('a transcript whose pages open with the site’s number and a header in capitals', () => {
  const doc = meetingDoc(CAPITALS_HEADER);

  it('is one document: the header on every page is furniture, the first page keeps it', () => {
    expect(parseText(CAPITALS_HEADER).documents).toHaveLength(1);
    expect(doc.kind).toBe('minutes');
    expect(doc.items.map((i) => [i.number, i.title])).toEqual(topics.map(([title], k) => [k + 1, title]));
    expect(doc.items[1]!.decisions.map((d) => d.text)).toEqual(['Årsredovisningen godkänns.']);
  });

  it('reads no header, page number or `Justerare signatur` into people or decisions', () => {
    expect(doc.participants.map((p) => [p.name, p.role])).toEqual([
      ['Ulla Strand', 'member'],
      ['Nils Borg', 'member'],
      ['Maja Ros', 'member'],
      ['Olof Hed', 'member'],
      ['Pia Lund', 'deputy'],
      ['Rut Ask', 'other'],
      ['Ebbe Tall', 'other'],
    ]);
    const text = JSON.stringify([doc.participants, doc.items.map((i) => i.decisions)]);
    expect(text).not.toMatch(/SAMMANTRÄDESPROTOKOLL|Page \d|signatur/);
  });
});

const SENT_AGENDA = [
  '1 Styrelsen Sida 40 (88) Plats Förbundets lokaler, Storgatan 4, Lövby Beslutande kommunrepresentanter Ulla Strand, (s), Lövby Nils Borg, (s), Norrå Maja Ros, (v), Söderå Övriga deltagare Ebbe Tall, kansliet, sekreterare Underskrifter Sekreterare Ebbe Tall Ordförande Ulla Strand Justerare. Maja Ros',
  '',
  '2 Styrelsen Sida 41 (88) Utsänd föredragningslista 1. Val av justerare 2. Föredragningslista 3. Delårsrapport Bilagor: a) PM, b) Rapport 4. Övriga frågor',
  '',
  '3 Styrelsen Sida 42 (88) § 21 Val av justerare Beslut Maja Ros utses att justera protokollet.',
  '',
  '4 Styrelsen Sida 43 (88) § 22 Delårsrapport Beslut Styrelsen godkänner delårsrapporten.',
].join('\n');

describe('untitled minutes that list the agenda they followed', () => {
  it('are minutes, not a notice: `Utsänd föredragningslista` and the point `2. Föredragningslista` title nothing', () => {
    const doc = meetingDoc(SENT_AGENDA);
    expect(doc.kind).toBe('minutes');
    expect(doc.items.map((i) => [i.number, i.decisions.map((d) => d.text)])).toEqual([
      [21, ['Maja Ros utses att justera protokollet.']],
      [22, ['Styrelsen godkänner delårsrapporten.']],
    ]);
  });
});

const ASSOCIATION = [
  'PROTOKOLL',
  '',
  'Möte med föreningens styrelse den 3 mars 2011',
  '',
  'Ledamöter Närvarande',
  'Karin Lund X',
  'Per Holm X, mötesordf. § 12-15',
  'Olof Berg Anmält förhinder',
  'Mia Strand X',
  'Suppleanter',
  'Eva Dal X',
  'Lena Ros Anmält förhinder',
  '',
  '§12 Val av justerare',
  '',
  'Beslut',
  '',
  'att utse Mia Strand till justerare',
  '',
  '§13 Protokoll från föregående möte',
  '',
  'Beslut',
  '',
  'att lägga protokollet till handlingarna.',
].join('\n');

describe('an attendance list of crosses and remarks', () => {
  it('reads `Anmält förhinder` one space after a name as absent, whatever the heading above', () => {
    const doc = meetingDoc(ASSOCIATION);
    expect(doc.participants.map((p) => [p.name, p.role])).toEqual([
      ['Karin Lund', 'member'],
      ['Per Holm', 'member'],
      ['Olof Berg', 'absent'],
      ['Mia Strand', 'member'],
      ['Eva Dal', 'deputy'],
      ['Lena Ros', 'absent'],
    ]);
  });
});

const ORGAN_LETTERS = [
  'Transkript',
  '',
  '1 LÖVBY KOMMUN PROTOKOLL 1(5) Socialnämnden Plats och tid Folkets Hus, Lövby, torsdagen den 9 juni 2016 Beslutande Anna Berg, ordf. Nils Lund, Ulf Hed Utses att justera Nils Lund',
  '',
  '2 LÖVBY KOMMUN PROTOKOLL 2 Sn 49 Sammanträdets öppnande Ordförande Anna Berg öppnade sammanträdet. Dagordningen godkändes.',
  '',
  '3 LÖVBY KOMMUN PROTOKOLL 3 Socialnämnden Sn 50 Dnr 2016/31 Budget och ekonomisk uppföljning Förvaltningschef Eva Dahl föredrar ärendet. SOCIALNÄMNDEN BESLUTAR att notera informationen.',
  '',
  '4 LÖVBY KOMMUN PROTOKOLL 4 Socialnämnden Sn 51 Dnr 2016/40 Riktlinjer för bistånd Förvaltningen har tagit fram nya riktlinjer. SOCIALNÄMNDEN BESLUTAR att anta riktlinjerna.',
].join('\n');

describe('a transcript whose §§ lost their sign after the organ’s letters', () => {
  const doc = meetingDoc(ORGAN_LETTERS);

  it('cuts `Sn 49 …` and `Sn 50 Dnr …` as headings, once each', () => {
    expect(doc.items.map((i) => [i.number, i.caseNumber])).toEqual([
      [49, null],
      [50, '2016/31'],
      [51, '2016/40'],
    ]);
  });

  it('reads a decision whose organ and verb stand in capitals (`SOCIALNÄMNDEN BESLUTAR att …`)', () => {
    expect(doc.items[2]!.decisions).toMatchObject([{ by: 'Socialnämnden', text: 'SOCIALNÄMNDEN BESLUTAR att anta riktlinjerna.' }]);
  });
});

describe('a decision heading in capitals over its clauses', () => {
  it('is the organ’s decision', () => {
    const doc = meetingDoc(['PROTOKOLL', 'Socialnämnden', '2016-06-09', '', 'Sn 50 Budget', 'Förvaltningschef Eva Dahl föredrar ärendet.', '', 'SOCIALNÄMNDEN BESLUTAR', '', 'att notera informationen.'].join('\n'));
    expect(doc.items[0]!.decisions).toMatchObject([{ by: 'Socialnämnden', text: 'notera informationen.' }]);
  });
});

describe('a transcript whose page counter lost its number (`Sid (9)`)', () => {
  const pages = [1, 2, 3, 4].map((n) => `${n} Kulturnämnden SAMMANTRÄDESPROTOKOLL Sid (9) § ${n + 10} Dnr KN 2020/${n} Ärende nummer ${n} Kulturnämndens beslut Kulturnämnden godkänner förslag ${n}. Justerandes sign Utdragsbestyrkande`);
  it('still takes the site’s number before it for a page’s, and the header for furniture', () => {
    const doc = meetingDoc(['Transkript', '', ...pages.flatMap((p) => [p, ''])].join('\n'));
    expect(doc.items.map((i) => i.number)).toEqual([11, 12, 13, 14]);
    expect(doc.items.map((i) => i.decisions.map((d) => d.text))).toEqual([1, 2, 3, 4].map((n) => [`Kulturnämnden godkänner förslag ${n}.`]));
  });
});

describe('a front page on one line whose members are listed elsewhere', () => {
  it('keeps `Enligt särskild närvarolista` out of the place', () => {
    const doc = meetingDoc(
      [
        'Transkript',
        '',
        '1 Socialnämnden PROTOKOLL 1(3) Plats och tid Beslutande Blå rummet, Lövby, kl. 09:00-12:40 Enligt särskild närvarolista Övriga deltagande Olle Rask, sekreterare Utses att justera Anna Lind (M)',
        '',
        '2 Socialnämnden PROTOKOLL 2(3) § 1 Val av justerare Anna Lind utses att justera protokollet.',
      ].join('\n'),
    );
    expect(doc.meeting).toMatchObject({ location: 'Blå rummet, Lövby', startTime: '09:00', endTime: '12:40' });
    expect(doc.participants.map((p) => p.name)).toEqual(['Olle Rask']);
  });
});

describe('a § named in the running text of a flattened page', () => {
  it('after a preposition (`bordlades i § 9.`) is a reference, not the next item', () => {
    const doc = meetingDoc(
      [
        'Transkript',
        '',
        '1 Kulturnämnden PROTOKOLL 1(2) § 11 Budget 2021 Ärendet bordlades i § 9. Kulturnämndens beslut Kulturnämnden antar budgeten. Justerandes sign Utdragsbestyrkande',
        '',
        '2 Kulturnämnden PROTOKOLL 2(2) § 12 Taxor Kulturnämndens beslut Kulturnämnden antar taxorna. Justerandes sign Utdragsbestyrkande',
      ].join('\n'),
    );
    expect(doc.items.map((i) => [i.number, i.decisions.map((d) => d.text)])).toEqual([
      [11, ['Kulturnämnden antar budgeten.']],
      [12, ['Kulturnämnden antar taxorna.']],
    ]);
  });
});
