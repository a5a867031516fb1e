// Layouts met in a sweep over bodies finsam had not read before (social, environment and
// election committees, councils, federations' directorates, associations). Invented texts
// in the same layouts.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

// a site that extracts every line as a paragraph of its own: a heading over the sub-heading
// that starts the list, then each line of names a paragraph
const PARAGRAPH_A_LINE = [
  'PROTOKOLL',
  'Miljönämnden',
  '2013-09-25',
  '',
  'Plats och tid Stadshuset, kl 14.00-15.40',
  '',
  'Beslutande',
  '',
  'Ledamöter Agne Nyby (C), ordförande',
  '',
  'Camilla Lind (S), 2:e vice ordförande Inge Hall (KD)',
  '',
  'Greger Jonsén (S) Magnus Härd (SD) Bo Eklöf (M)',
  '',
  'Övriga närvarande',
  '',
  'Ersättare Eskil Jonsson (M)',
  '',
  'Mikael Ström (SD) Hans Wernby (L)',
  '',
  '§ 101 Miljöpris',
  '',
  'Miljönämnden utser Hans Klem till mottagare av miljöpriset.',
].join('\n');

describe('a heading over a sub-heading with the list beside it, a paragraph a line', () => {
  it('keeps every paragraph of names under the sub-heading', () => {
    const doc = meetingDoc(PARAGRAPH_A_LINE);
    expect(doc.participants.map((p) => [p.name, p.role, p.roleLabel])).toEqual([
      ['Agne Nyby', 'member', 'Ledamöter'],
      ['Camilla Lind', 'member', 'Ledamöter'],
      ['Inge Hall', 'member', 'Ledamöter'],
      ['Greger Jonsén', 'member', 'Ledamöter'],
      ['Magnus Härd', 'member', 'Ledamöter'],
      ['Bo Eklöf', 'member', 'Ledamöter'],
      ['Eskil Jonsson', 'deputy', 'Ersättare'],
      ['Mikael Ström', 'deputy', 'Ersättare'],
      ['Hans Wernby', 'deputy', 'Ersättare'],
    ]);
  });
});

// a transcript's anslag block on one line: the signer's label with a leader after it
// (`Underskrift...`, `Underskrift.`, `Underskrift/anslagsansvarig`), the sentence that opens
// with `Justering av … protokoll`, and posting labels in other words
const ANSLAG_ON_ONE_LINE = [
  'Transkript',
  '',
  '1 EKBY KOMMUN PROTOKOLL 1 (3) Plats och tid Folkets Hus, Ekby, torsdagen den 6 juni 2019, kl 09.00-11.30 Beslutande Anneli Wiberg (S), ordförande Rikard Nord (M) Övriga deltagande Roland Berg, förvaltningschef Richard Åman, miljöinspektör, § 3 Gunnel Flod, sekreterare Utses att justera Rikard Nord Paragrafer 1-3',
  '',
  '2 EKBY KOMMUN PROTOKOLL 2 BEVIS OM ANSLAG Justering av miljönämndens protokoll har tillkännagivits på anslagstavlan Sammanträdesdatum 2019-06-06 Anslaget har satts upp 2019-06-12 Anslaget tas ner efter 2019-07-04 Förvaringsplats för protokollet Miljökontoret, Ekby Underskrift... Gunnel Flod',
  '',
  '3 EKBY KOMMUN PROTOKOLL 3 § 1 Val av justerare Rikard Nord utses att justera protokollet. § 2 Delårsrapport Miljönämnden godkänner delårsrapporten. § 3 Tillsyn Miljönämnden beslutar att förelägga fastighetsägaren.',
].join('\n');

describe('an anslag block flattened onto one line', () => {
  const doc = meetingDoc(ANSLAG_ON_ONE_LINE);
  it('ends the place where the protocol is kept at `Underskrift...`', () => {
    expect(doc.signatures?.storedAt).toBe('Miljökontoret, Ekby');
  });
  it('reads `Anslaget har satts upp`, and takes `Justering av … protokoll` for a sentence, not the adjusting', () => {
    expect(doc.signatures?.posted).toEqual({ from: '2019-06-12', to: '2019-07-04' });
    expect(doc.signatures?.adjustedOn).toBeNull();
  });
  it('keeps `miljöinspektör, § 3` with the official who attended it, not as an item heading', () => {
    expect(doc.participants.find((p) => p.name === 'Gunnel Flod')?.position).toBe('sekreterare');
    expect(doc.participants.find((p) => p.name === 'Richard Åman')?.paragraphs).toEqual({ from: 3, to: 3 });
    expect(doc.items.map((i) => i.number)).toEqual([1, 2, 3]);
  });
});

describe('other words for the posting dates', () => {
  it('reads `Anslagsdag` and `Datum för anslagets nedtagande`', () => {
    const doc = meetingDoc([
      'PROTOKOLL',
      'Valnämnden',
      '2018-02-22',
      '',
      'Beslutande   Benny Jonsson (M), ordförande',
      '',
      'Bevis om anslag',
      'Anslagsdag                          2018-02-27',
      'Datum för anslagets nedtagande      2018-03-21',
      'Förvaringsplats för protokollet     Kommunkansliet',
      '',
      '§ 10 Val av justerare',
      'Valnämnden utser Bengt Sand att justera protokollet.',
    ].join('\n'));
    expect(doc.signatures?.posted).toEqual({ from: '2018-02-27', to: '2018-03-21' });
    expect(doc.signatures?.storedAt).toBe('Kommunkansliet');
  });
});

describe('an organ whose name shares a compound over `och`', () => {
  it('decides by its whole name (`Barn- och utbildningsnämnden`), not by `Barn-`', () => {
    const doc = meetingDoc([
      'PROTOKOLL',
      'Barn- och utbildningsnämnden',
      '2021-03-10',
      '',
      '§ 4 Skolskjuts',
      'Barn- och utbildningsnämnden beslutar att anta riktlinjerna för skolskjuts.',
      '',
      '§ 5 Lokaler',
      'Nämnden beslutar att hyra ut idrottshallen.',
    ].join('\n'));
    expect(doc.items.flatMap((i) => i.decisions.map((d) => d.by))).toEqual(['Barn- och utbildningsnämnden', 'Nämnden']);
  });
});

describe("a transcript's page number before the running title, and a converter's counter and signature boxes at the page's end", () => {
  it('drops them all from the decisions', () => {
    const doc = meetingDoc([
      'Transkript',
      '',
      '1 SAMMANTRÄDESPROTOKOLL Plats och tid Bergskolans aula, kl 18:30-20:15 Beslutande ledamöter Hans Kjell (S) (ordförande) Siv Lund (S) Ulrika Björk (M) Paragrafer §§ 1-2 Page 1 of 3',
      '',
      '2 SAMMANTRÄDESPROTOKOLL § 1 Val av justerare Kommunfullmäktiges beslut Kommunfullmäktige utser Siv Lund (S) att justera protokollet. Justerare signatur Utdragsbestyrkande Page 2 of 3',
      '',
      '3 SAMMANTRÄDESPROTOKOLL § 2 Dnr 2018/455 Avgifter för färdtjänst Kommunfullmäktiges beslut Kommunfullmäktige antar avgifterna. Justerarsignaturer Utdragsbestyrkande Page 3 of 3',
    ].join('\n'));
    const texts = doc.items.flatMap((i) => i.decisions.map((d) => d.text));
    expect(texts).toEqual(['Kommunfullmäktige utser Siv Lund (S) att justera protokollet.', 'Kommunfullmäktige antar avgifterna.']);
    expect(JSON.stringify(doc)).not.toMatch(/Page \d|Justerare signatur|Justerarsignaturer/u);
  });
});

describe('a title followed by the date in words', () => {
  it('takes no protocol number from the day (`Direktionens protokoll 8 mars 2024`)', () => {
    const doc = meetingDoc(['Direktionens protokoll 8 mars 2024', '', '13 § Föregående protokoll', '', 'Protokollet lades till handlingarna.'].join('\n'));
    expect(doc.meeting?.date).toBe('2024-03-08');
    expect(doc.meeting?.number).toBeNull();
  });
  it('still reads a number before the date (`Protokoll 3 den 8 mars 2024`)', () => {
    const doc = meetingDoc(['Protokoll 3 den 8 mars 2024', '', '§ 1 Föregående protokoll', '', 'Protokollet lades till handlingarna.'].join('\n'));
    expect(doc.meeting?.number).toBe('3');
  });
});

describe('participant headings and lists met on boards and directorates', () => {
  it('lists `Fackliga organisationer` among the others', () => {
    const doc = meetingDoc([
      'Direktionens protokoll 8 mars 2024',
      '',
      'Direktionens ledamöter',
      'Åsa Ulm (S), ordförande',
      'Carin Stål (C)',
      '',
      'Fackliga organisationer',
      'Joakim Kast, Ledarna',
      'Sven Åberg, Vision',
      '',
      '13 § Föregående protokoll',
      '',
      'Protokollet lades till handlingarna.',
    ].join('\n'));
    expect(doc.participants.filter((p) => p.role === 'other').map((p) => [p.name, p.organisation, p.roleLabel])).toEqual([
      ['Joakim Kast', 'Ledarna', 'Fackliga organisationer'],
      ['Sven Åberg', 'Vision', 'Fackliga organisationer'],
    ]);
  });
  it('reads a list of names run on without separators, more words than one name has', () => {
    const doc = meetingDoc([
      'Protokoll från beslutsgruppens möte den 14 maj 1998',
      '',
      'Närvarande: Per Nordby, ordf.',
      'Ledamöter: Berit Adler Anita Boman Margit Vik Sven Dahl',
      '',
      '1. Fastställande av dagordning',
      'Dagordningen fastställdes.',
    ].join('\n'));
    expect(doc.participants.map((p) => p.name)).toEqual(['Per Nordby', 'Berit Adler', 'Anita Boman', 'Margit Vik', 'Sven Dahl']);
  });
});

describe('a surname that ends like a town', () => {
  it('keeps `Linnea Bergstad (M)` one person in a roster on one line', () => {
    const doc = meetingDoc([
      'Sammanträdesprotokoll 4/2019',
      '',
      'Plats och tid: Räddningsstation Ekby, kl. 13:00-15:30',
      'Beslutande: Magnus Carl (S), ordförande Linnea Bergstad (M) Lina Almén (M) Kenneth Jons (S) tjänstgörande ersättare',
      '',
      '§ 36 Val av justerare',
      'Direktionen utser Kenneth Jons att justera protokollet.',
    ].join('\n'));
    expect(doc.participants.map((p) => [p.name, p.party, p.organisation])).toEqual([
      ['Magnus Carl', 'S', null],
      ['Linnea Bergstad', 'M', null],
      ['Lina Almén', 'M', null],
      ['Kenneth Jons', 'S', null],
    ]);
  });
});
