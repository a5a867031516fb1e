// Page furniture and document kinds (issue 11): running headers and footers repeated at
// page tops and bottoms (form feeds), page counters (`Sida 2 av 3`, `2 (3)`), `Justerandes
// sign` / `Utdragsbestyrkande` lines and a web wrapper's lines and `Relevanta dokument` block
// are removed from titles, bodies and values; each kind's title gives its kind; a file may
// hold several documents. Every text is invented. A case marked `it.fails` keeps the right
// expectation for a form the parser still reads wrongly.
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/index.js';
import { meetingDoc, parseText, text } from './helpers.js';

const KS_HEAD = ['PROTOKOLL', 'Kommunstyrelsen, Ekby kommun', 'Sammanträdesdatum 2023-05-02', 'Plats och tid Kommunhuset, Ekby kl 13.00-16.00', 'Beslutande', 'Anna Lind (S), ordförande', 'Karl Berg (M)', ''];
const RUNNING = 'Ekby kommun                         Kommunstyrelsen                2023-05-02';
const SIGN = 'Justerandes sign                Utdragsbestyrkande';

/** Three pages of minutes joined by form feeds; `top(n)` and `bottom(n)` are page n's furniture. */
function threePages(top: (n: number) => string[], bottom: (n: number) => string[]): string {
  const bodies = [
    [...KS_HEAD, 'KS § 40', 'Ekonomisk uppföljning april', '', 'Kommunstyrelsens beslut', 'Uppföljningen godkänns.'],
    ['KS § 41', 'Markanvisning för Kvarnbacken', '', 'Kommunstyrelsens beslut', 'Kvarnbacken Bygg AB får en markanvisning för kvarteret Kvarnen.'],
    ['KS § 42', 'Avslutning', 'Ordföranden avslutar mötet.'],
  ];
  return bodies.map((b, i) => [...top(i + 1), ...b, ...bottom(i + 1)].join('\n')).join('\n\f') + '\n';
}

const EXPECTED_ITEMS: [number | null, string, string][] = [
  [40, 'Ekonomisk uppföljning april', 'Kommunstyrelsens beslut\n\nUppföljningen godkänns.'],
  [41, 'Markanvisning för Kvarnbacken', 'Kommunstyrelsens beslut\n\nKvarnbacken Bygg AB får en markanvisning för kvarteret Kvarnen.'],
  [42, 'Avslutning', 'Ordföranden avslutar mötet.'],
];
const itemsOf = (doc: Document): [number | null, string, string][] => doc.items.map((i) => [i.number, i.title, i.text]);

describe('page furniture', () => {
  it('a running header on every page top is removed from the bodies', () => {
    const doc = meetingDoc(threePages(() => [RUNNING], () => []));
    expect(itemsOf(doc)).toEqual(EXPECTED_ITEMS);
    expect(doc.meeting).toMatchObject({ organisation: 'Ekby kommun', body: 'kommunstyrelse', date: '2023-05-02' });
  });

  // a running header printed on the continuation pages only (page 1 has its own letterhead)
  it('a running header on the continuation pages only is removed from the bodies', () => {
    const doc = meetingDoc(threePages((n) => (n === 1 ? [] : [RUNNING]), () => []));
    expect(itemsOf(doc)).toEqual(EXPECTED_ITEMS);
  });

  it('`Justerandes sign` / `Utdragsbestyrkande` and `Sida 2 av 3` at page bottoms are removed', () => {
    const doc = meetingDoc(threePages(() => [], (n) => [SIGN, `Sida ${n} av 3`]));
    expect(itemsOf(doc)).toEqual(EXPECTED_ITEMS);
  });

  it('a page counter `2 (3)` in the running header is removed', () => {
    const doc = meetingDoc(threePages((n) => [`EKBY KOMMUN                 PROTOKOLL                 ${n} (3)`], () => []));
    expect(itemsOf(doc)).toEqual(EXPECTED_ITEMS);
    expect(doc.meeting?.number).toBeNull();
  });

  it('headers, signature lines and counters together, top and bottom of every page', () => {
    const doc = meetingDoc(threePages((n) => [RUNNING, `Sida ${n} av 3`], () => [SIGN]));
    expect(itemsOf(doc)).toEqual(EXPECTED_ITEMS);
    expect(doc.items.every((i) => !/Justerandes|Utdragsbestyrkande|Sida \d/.test(i.text + i.title))).toBe(true);
  });

  it("a web wrapper's lines and its `Relevanta dokument` block are no part of the document", () => {
    const r = parseText(
      text(
        'Storlek: px',
        'Starta visningen från sidan:',
        'Transkript',
        'PROTOKOLL',
        'Styrelsen, Samordningsförbundet Nordmark',
        'Datum: 2023-03-15',
        'Plats: Kansliet, Nordmark',
        '',
        '§ 1 Mötets öppnande',
        'Ordföranden öppnar mötet.',
        '',
        '§ 2 Avslutning',
        'Ordföranden avslutar mötet.',
        '',
        'Relevanta dokument',
        'Protokoll styrelsen 2023-02-08',
        'Verksamhetsplan 2023 Samordningsförbundet Nordmark',
        'Kallelse styrelsen 2023-04-12',
      ),
    );
    expect(r.documents.map((d) => [d.kind, d.title])).toEqual([['minutes', 'PROTOKOLL']]);
    const doc = r.documents[0]!;
    expect(doc.lines.start).toBe(4);
    expect(doc.meeting).toMatchObject({ organisation: 'Samordningsförbundet Nordmark', date: '2023-03-15', location: 'Kansliet, Nordmark' });
    expect(itemsOf(doc)).toEqual([
      [1, 'Mötets öppnande', 'Ordföranden öppnar mötet.'],
      [2, 'Avslutning', 'Ordföranden avslutar mötet.'],
    ]);
  });
});

describe('content that happens to stand at two page edges', () => {
  it('two § of many pages ending alike (`Beslutet skickas till` / `Ekonomienheten`) keep their last lines', () => {
    const page = (n: number, title: string): string[] => [
      `KS § ${n}`,
      title,
      '',
      'Kommunstyrelsens beslut',
      `Kommunstyrelsen godkänner ${title.toLowerCase()}.`,
      '',
      'Beslutet skickas till',
      'Ekonomienheten',
    ];
    const pages = [
      [...KS_HEAD, ...page(40, 'Budgetuppföljning mars')],
      page(41, 'Budgetuppföljning april'),
      ['KS § 42', 'Budgetuppföljning maj', '', 'Kommunstyrelsens beslut', 'Kommunstyrelsen godkänner budgetuppföljning maj.'],
      ['KS § 43', 'Avslutning', 'Ordföranden avslutar mötet.'],
      ['KS § 44', 'Nästa möte', 'Nästa möte hålls den 6 juni.'],
    ];
    const doc = meetingDoc(pages.map((p) => p.join('\n')).join('\n\f') + '\n');
    expect(doc.items.slice(0, 3).map((i) => i.text.endsWith('Beslutet skickas till\n\nEkonomienheten'))).toEqual([true, true, false]);
  });
});

describe('pages of one § each, saved one after another (no form feeds)', () => {
  /** A meeting system's page per §: the meeting and a status line over each § heading. */
  const pages = (bodies: string[][]): string =>
    bodies.map((b) => text('Miljönämnden, möte 14.3.2024', '', 'Protokollet är justerat', '', ...b)).join('\n') + '\n';

  it('the lines over every § heading head pages: no part of the § above, and the first page keeps them as the meeting', () => {
    const doc = meetingDoc(
      pages([
        ['§ 21 Mötets laglighet', '', 'Beslut', '', 'Godkändes.', '', 'Sökande av ändring', '', 'Besvärsförbud', '', 'I beslut som gäller beredning får ändring inte sökas.', ''],
        ['§ 22 Val av protokolljusterare', '', 'Beslut', '', 'Godkändes.', ''],
        ['§ 23 Bygglov för förråd, Strandvägen 4', '', 'Beslut', '', 'Godkändes.', ''],
        ['§ 24 Tillsynsplan 2024', '', 'Beslut', '', 'Ärendet bordlades.', ''],
      ]),
    );
    expect(doc.meeting?.date).toBe('2024-03-14');
    expect(doc.items.map((i) => [i.number, i.decisions.map((d) => d.text)])).toEqual([
      [21, ['Godkändes.']],
      [22, ['Godkändes.']],
      [23, ['Godkändes.']],
      [24, ['Ärendet bordlades.']],
    ]);
    expect(doc.items.every((i) => !i.text.includes('Protokollet är justerat'))).toBe(true);
  });

  it('a line that ends § after § (`Godkändes.`) is content, not a page header', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Miljönämnden 2024-03-14',
        '',
        ...['§ 21 Mötets laglighet', '§ 22 Val av protokolljusterare', '§ 23 Bygglov för förråd', '§ 24 Tillsynsplan 2024', '§ 25 Delegationsbeslut'].flatMap((h) => [h, '', 'Beslut', '', 'Godkändes.', '']),
      ),
    );
    expect(doc.items.map((i) => i.decisions.length)).toEqual([1, 1, 1, 1, 1]);
  });
});

describe('document kinds', () => {
  const doc = (title: string): string =>
    text(title, 'Styrelsen, Samordningsförbundet Nordmark', 'Datum: 2023-03-15', 'Plats: Kansliet, Nordmark', '', '§ 4 Verksamhetsplan 2024', 'Styrelsen beslutar att anta verksamhetsplanen.');

  it.each<[string, Document['kind']]>([
    ['PROTOKOLL', 'minutes'],
    ['Sammanträdesprotokoll', 'minutes'],
    ['Protokollsutdrag', 'minutes'],
    ['KALLELSE', 'notice'],
    ['FÖREDRAGNINGSLISTA', 'notice'],
    ['Ärendelista', 'notice'],
    ['Dagordning', 'notice'],
    ['MINNESANTECKNINGAR', 'notes'],
  ])('`%s` is %s, with its title as written', (title, kind) => {
    const d = meetingDoc(doc(title));
    expect([d.kind, d.title]).toEqual([kind, title]);
    expect(d.items.map((i) => [i.number, i.title])).toEqual([[4, 'Verksamhetsplan 2024']]);
  });

  it('a file with a kallelse and then its protokoll holds two documents', () => {
    const head = ['Styrelsen, Samordningsförbundet Nordmark', 'Datum: 2023-03-15', 'Tid: kl. 13.00–15.30', 'Plats: Kansliet, Nordmark', ''];
    const r = parseText(
      [
        ['KALLELSE', ...head, '1. Mötets öppnande', '2. Verksamhetsplan 2024', '3. Avslutning'].join('\n'),
        [
          'PROTOKOLL',
          ...head,
          'Beslutande',
          'Anna Lind (S), ordförande',
          'Karl Berg (M)',
          '',
          '§ 1 Mötets öppnande',
          'Ordföranden öppnar mötet.',
          '',
          '§ 2 Verksamhetsplan 2024',
          'Styrelsen beslutar att anta verksamhetsplanen.',
          '',
          '§ 3 Avslutning',
          'Ordföranden avslutar mötet.',
        ].join('\n'),
      ].join('\n\f') + '\n',
    );
    expect(r.documents.map((d) => [d.kind, d.title, d.lines.start])).toEqual([
      ['notice', 'KALLELSE', 1],
      ['minutes', 'PROTOKOLL', 10],
    ]);
    const [notice, minutes] = r.documents as [Document, Document];
    expect(notice.items.map((i) => [i.number, i.title, i.text])).toEqual([
      [1, 'Mötets öppnande', ''],
      [2, 'Verksamhetsplan 2024', ''],
      [3, 'Avslutning', ''],
    ]);
    expect(notice.participants).toEqual([]);
    expect(minutes.participants.map((p) => p.name)).toEqual(['Anna Lind', 'Karl Berg']);
    expect(minutes.items[1]!.decisions.map((d) => d.text)).toEqual(['Styrelsen beslutar att anta verksamhetsplanen.']);
    for (const d of r.documents) expect(d.meeting).toMatchObject({ date: '2023-03-15', startTime: '13:00', endTime: '15:30' });
  });
});
