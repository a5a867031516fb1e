// Sub-points lettered with a capital and a slash (`Information och överläggningar  A/ Verksamheten  B/ Ekonomin`): the
// point's sub-items, labelled by their letter in small, not words of its title; run on after the title or on lines of
// their own under it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc } from './helpers.js';

const subs = (doc: ReturnType<typeof meetingDoc>, n: number): unknown[] => item(doc, n).subItems.map((s) => [s.label, s.title]);

describe('sub-points lettered `A/`, `B/`', () => {
  const AGENDA = [
    'Kallelse till styrelsemöte i Samordningsförbundet Ekmark',
    'Tid: 2025-06-04 kl. 13.00-16.00',
    'Plats: Förbundets kontor',
    'Dagordning',
    '1. Mötets öppnande',
    '2. Val av justerare',
    '3. Information och överläggningar  A/ Verksamhetsrapport från förbundschefen  B/ Ekonomisk uppföljning  C/ Rapport från beredningsgruppen',
    '4. Beslut om budget 2026',
    '5. Mötets avslutande',
  ];

  it('run on after the point’s title are its sub-items', () => {
    const doc = meetingDoc(AGENDA.join('\n'));
    expect(item(doc, 3).title).toBe('Information och överläggningar');
    expect(subs(doc, 3)).toEqual([
      ['a', 'Verksamhetsrapport från förbundschefen'],
      ['b', 'Ekonomisk uppföljning'],
      ['c', 'Rapport från beredningsgruppen'],
    ]);
    expect(item(doc, 4).subItems).toEqual([]);
  });

  it('are its sub-items where the whole page is one line too', () => {
    const doc = meetingDoc(AGENDA.join(' '));
    expect(item(doc, 3).title).toBe('Information och överläggningar');
    expect(subs(doc, 3).map((s) => (s as string[])[0])).toEqual(['a', 'b', 'c']);
  });

  it('on lines of their own under the point are its sub-items, whatever their titles open with', () => {
    const doc = meetingDoc(
      [
        'Föredragningslista Stadsdelsnämnden Västerby Norra 2025-05-20',
        '',
        '1 Justering av dagens protokoll',
        '',
        '2 Anmälan av protokoll från pensionärsrådet',
        '',
        '3 Anmälan av protokoll från rådet för funktionshinderfrågor',
        '',
        'A/ nr 3/2025',
        '',
        'B/ nr 4/2025',
        '',
        '4 Övriga frågor',
      ].join('\n'),
    );
    expect(subs(doc, 3)).toEqual([
      ['a', 'nr 3/2025'],
      ['b', 'nr 4/2025'],
    ]);
  });

  it('a capital and a slash inside a title are none', () => {
    const doc = meetingDoc(['Dagordning 2025-02-11', '1. Mötets öppnande', '2. Avtal med Nordbygg A/S om lokaler', '3. Övriga frågor'].join('\n'));
    expect(item(doc, 2).title).toBe('Avtal med Nordbygg A/S om lokaler');
    expect(item(doc, 2).subItems).toEqual([]);
  });
});
