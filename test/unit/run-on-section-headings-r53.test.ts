// Group headings that type the points under them (`Beslutsärenden`, `Diskussions- och informationsärenden`, `Formalia`),
// on lines of their own and run on between the points of a page flattened into one line (the heading then ends the
// words before the next point's number, and was read as the end of the point before's title). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const rows = (doc: ReturnType<typeof meetingDoc>): unknown[] => doc.items.map((i) => [i.number, i.title, i.section, i.type]);

const NOTICE = [
  'Kallelse till sammanträde med förbundsstyrelsen i Samordningsförbundet Älvby',
  'Tid: 2025-09-17 kl. 09.00',
  'Plats: Förbundets kansli',
  'Formalia',
  '1. Mötets öppnande',
  '2. Val av justerare',
  'Beslutsärenden',
  '3. Verksamhetsplan 2026',
  '4. Budget 2026',
  'Diskussions- och informationsärenden',
  '5. Rapport från förbundschefen',
  '6. Uppföljning av insatserna',
];
const NOTICE_ROWS = [
  [1, 'Mötets öppnande', 'Formalia', null],
  [2, 'Val av justerare', 'Formalia', null],
  [3, 'Verksamhetsplan 2026', 'Beslutsärenden', 'decision'],
  [4, 'Budget 2026', 'Beslutsärenden', 'decision'],
  [5, 'Rapport från förbundschefen', 'Diskussions- och informationsärenden', 'information'],
  [6, 'Uppföljning av insatserna', 'Diskussions- och informationsärenden', 'information'],
];

describe('group headings between an agenda’s points', () => {
  it('type the points under them on lines of their own', () => {
    expect(rows(meetingDoc(NOTICE.join('\n')))).toEqual(NOTICE_ROWS);
  });

  it('type them where the page is run on in one line, and end no title', () => {
    expect(rows(meetingDoc(NOTICE.join(' ')))).toEqual(NOTICE_ROWS);
  });

  it('head a flattened list after the place', () => {
    const doc = meetingDoc(
      'Dagordning styrelsemöte Samordningsförbundet Norrå 2025-03-05 Plats: Rådhuset, Norrå Formalia 1. Mötets öppnande 2. Fastställande av dagordning Besluts- och anmälningsärenden 3. Årsredovisning 2024 4. Delegationsbeslut Övriga beslutsärenden 5. Revidering av attestordning 6. Mötets avslutande',
    );
    expect(rows(doc)).toEqual([
      [1, 'Mötets öppnande', 'Formalia', null],
      [2, 'Fastställande av dagordning', 'Formalia', null],
      [3, 'Årsredovisning 2024', 'Besluts- och anmälningsärenden', null],
      [4, 'Delegationsbeslut', 'Besluts- och anmälningsärenden', null],
      [5, 'Revidering av attestordning', 'Övriga beslutsärenden', 'decision'],
      [6, 'Mötets avslutande', 'Övriga beslutsärenden', 'decision'],
    ]);
  });

  it('leave a title that ends in a kind of `ärenden` after a word that links on to its point', () => {
    const doc = meetingDoc('Dagordning byggnadsnämnden 2025-04-02 1. Mötets öppnande 2. Val av justerare 3. Rapport om Bygglovsärenden 4. Övriga frågor');
    expect(doc.items.map((i) => [i.number, i.title, i.section])).toEqual([
      [1, 'Mötets öppnande', null],
      [2, 'Val av justerare', null],
      [3, 'Rapport om Bygglovsärenden', null],
      [4, 'Övriga frågor', null],
    ]);
  });
});

describe('group headings between a protocol’s §§ run on in one line', () => {
  const MINUTES = [
    'PROTOKOLL Förbundsstyrelsen 2025-10-08 Paragrafer 20-24',
    'Beslutsärenden',
    '§ 20 Val av justerare',
    'Styrelsen beslutar att utse Nils Vik att justera protokollet.',
    '§ 21 Budget 2026',
    'Styrelsen beslutar att fastställa budgeten.',
    'Diskussions- och informationsärenden',
    '§ 22 Rapport från förbundschefen',
    'Förbundschefen informerar om verksamheten.',
    '§ 23 Uppföljning av insatserna',
    'Styrelsen diskuterar uppföljningen.',
    'Informationsärenden',
    '§ 24 Kurser och konferenser',
    'Information lämnas om kommande kurser.',
  ];
  const ROWS = [
    [20, 'Val av justerare', 'Beslutsärenden', 'decision'],
    [21, 'Budget 2026', 'Beslutsärenden', 'decision'],
    [22, 'Rapport från förbundschefen', 'Diskussions- och informationsärenden', 'information'],
    [23, 'Uppföljning av insatserna', 'Diskussions- och informationsärenden', 'information'],
    [24, 'Kurser och konferenser', 'Informationsärenden', 'information'],
  ];

  it('type the §§ under them as on lines of their own', () => {
    expect(rows(meetingDoc(MINUTES.join('\n')))).toEqual(ROWS);
    expect(rows(meetingDoc(MINUTES.join(' ')))).toEqual(ROWS);
  });
});
