// Minutes published a § at a time (a city's web page or file per §), and minutes that sign
// every § at the foot of its own page: one document each, read as minutes. All names,
// bodies and cases are invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const itemsOf = (text: string) => {
  const docs = parseText(text).documents;
  expect(docs).toHaveLength(1);
  return { doc: docs[0]!, items: docs[0]!.items };
};

describe('an extract of one §', () => {
  it('opened by its § heading, without a title, is minutes', () => {
    const { doc, items } = itemsOf(
      ['§ 112', 'Dnr KS 2023/45', '', 'Svar på motion om cykelvägar i Norrby', '', 'Kommunfullmäktiges beslut', 'Motionen anses besvarad.', '', 'Sammanfattning av ärendet', 'Lisa Berg (C) har i en motion föreslagit fler cykelvägar.'].join('\n'),
    );
    expect(doc.kind).toBe('minutes');
    expect(items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([[112, 'Svar på motion om cykelvägar i Norrby', 'KS 2023/45']]);
    expect(items[0]!.decisions.map((d) => d.text)).toEqual(['Motionen anses besvarad.']);
  });

  it('takes the heading above a lone § number as its title, not the body heading under it', () => {
    const { doc, items } = itemsOf(
      ['Årsredovisning 2022 för Stiftelsen Ekbacken', '', '§ 45', '', 'Kommunstyrelsens förslag till kommunfullmäktige', 'Kommunfullmäktige beslutar att bevilja styrelsen ansvarsfrihet.', '', 'Ärendebeskrivning', 'Stiftelsen har lämnat sin årsredovisning.'].join('\n'),
    );
    expect(doc.kind).toBe('minutes');
    expect(items.map((i) => [i.number, i.title])).toEqual([[45, 'Årsredovisning 2022 för Stiftelsen Ekbacken']]);
    expect(items[0]!.proposal).toBe('Kommunfullmäktige beslutar att bevilja styrelsen ansvarsfrihet.');
  });

  it('reads a case number alone on the line under the title, with letters, a slash or a year first', () => {
    for (const [written, want] of [
      ['KS 2023/101', 'KS 2023/101'],
      ['1234/22', '1234/22'],
      ['2023-00250', '2023-00250'],
    ] as const) {
      const { items } = itemsOf(['Protokoll', 'Kommunfullmäktige', 'Sammanträdesdatum 2023-06-12', '', '§ 87 Val av ersättare i socialnämnden', written, '', 'Beslut', 'Kommunfullmäktige väljer Per Holm (S).'].join('\n'));
      expect(items.map((i) => [i.title, i.caseNumber]), written).toEqual([['Val av ersättare i socialnämnden', want]]);
      expect(items[0]!.text).not.toContain(written);
    }
  });
});

describe('minutes that sign every § on its own page', () => {
  const page = (n: number, k: number, caseNo: string, title: string, decision: string): string =>
    [
      `Tallmo kommun kommunstyrelsen, protokoll nr 12                          ${k} (30)`,
      'Sammanträdesdatum: 2023-05-10',
      '',
      '',
      `§ ${n}                                                               ${caseNo}`,
      title,
      '',
      'Beslut',
      decision,
      '',
      'Handling',
      'Kommunledningskontorets tjänsteutlåtande 2023-04-20.',
      '',
      'Dag för justering',
      '2023-05-15',
      '',
      'Vid protokollet',
      '',
      'Sekreterare',
      'Lena Holm',
      '',
      'Ordförande                              Justerande',
      'Axel Berg                               Maria Lund',
    ].join('\n');
  const front = [
    'Tallmo kommun kommunstyrelsen, protokoll nr 12                          1 (30)',
    'Sammanträdesdatum: 2023-05-10',
    '',
    'Protokoll',
    'Kommunstyrelsen',
    '',
    'Tid: 09.00-12.10',
    'Plats: Stadshuset',
    '',
    'Närvarande',
    'Axel Berg (M), ordförande',
    'Maria Lund (S)',
    '',
    'Justerare',
    'Maria Lund (S)',
  ].join('\n');
  const pages = [
    page(345, 2, '0263/23', 'Årsredovisning 2022 för Tallmo kommun', 'Kommunstyrelsen beslutar att godkänna årsredovisningen.'),
    page(346, 3, '1234/22', 'Detaljplan för bostäder vid Ekvägen', 'Kommunstyrelsen föreslår kommunfullmäktige att anta detaljplanen.'),
    page(347, 4, '0101/23', 'Val av ersättare i trafiknämnden', 'Kommunstyrelsen väljer Per Holm (S) till ersättare.'),
  ];

  for (const [name, join] of [
    ['with form feeds', '\f'],
    ['without page breaks', '\n'],
  ] as const) {
    it(`is one document whose § continue across the signatures (${name})`, () => {
      const { doc, items } = itemsOf([front, ...pages].join(join));
      expect(doc.kind).toBe('minutes');
      expect(doc.meeting?.date).toBe('2023-05-10');
      expect(items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
        [345, 'Årsredovisning 2022 för Tallmo kommun', '0263/23'],
        [346, 'Detaljplan för bostäder vid Ekvägen', '1234/22'],
        [347, 'Val av ersättare i trafiknämnden', '0101/23'],
      ]);
      // `Handling` heads the documents the § rests on: no decision
      expect(items.map((i) => i.decisions.length)).toEqual([1, 1, 1]);
      // the signers repeat at every page's foot, and are still the signers
      expect(doc.signatures).toMatchObject({ chair: ['Axel Berg'], secretary: ['Lena Holm'], adjusters: ['Maria Lund'], adjustedOn: '2023-05-15' });
    });
  }
});
