// Item and decision layouts met in real minutes and agendas, written anew with invented
// names and content: one `it` per layout family.
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/index.js';
import { meetingDoc, text } from './helpers.js';

const heads = (doc: Document): [number | null, string, string | null][] => doc.items.map((i) => [i.number, i.title, i.caseNumber]);
const decided = (doc: Document): [number | null, [string, string | null][]][] => doc.items.map((i) => [i.number, i.decisions.map((d): [string, string | null] => [d.text, d.by])]);

describe('decision headings of an organ named in two words', () => {
  it('`Tekniska utskottets beslut` over a numbered list of clauses', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Tekniska utskottet',
        'Sammanträdesdatum 2023-04-11',
        '',
        '§41 Rapport om snöröjningen vintern 2022/2023',
        '',
        'Tekniska utskottets beslut',
        '',
        '1. Rapporten noteras.',
        '2. Förvaltningen får i uppdrag att återkomma med en plan för sandupptagning.',
        '',
        'Beskrivning av ärendet',
        '',
        'Gatuchefen redovisar hur snöröjningen fungerat.',
        '',
        '§42 Information om gatubelysning',
        '',
        'Barn- och utbildningsnämndens beslut',
        '',
        'Informationen noteras.',
      ),
    );
    expect(decided(doc)).toEqual([
      [41, [['Rapporten noteras.', 'Tekniska utskottet'], ['Förvaltningen får i uppdrag att återkomma med en plan för sandupptagning.', 'Tekniska utskottet']]],
      [42, [['Informationen noteras.', 'Barn- och utbildningsnämnden']]],
    ]);
  });

  it('`Enligt styrelsens beslut` alone on a line heads nothing', () => {
    const doc = meetingDoc(text('PROTOKOLL', 'Styrelsen', 'Datum 2023-04-11', '', '§ 3 Lokalfrågan', '', 'Enligt styrelsens beslut', '', 'Kansliet har sett över lokalerna.'));
    expect(decided(doc)).toEqual([[3, []]]);
  });
});

describe('agenda points with a case number in a column', () => {
  it('beside the title, and beside the last line of a wrapped title', () => {
    const doc = meetingDoc(
      text(
        'KALLELSE',
        'Miljö- och byggnämnden',
        'Tid: Onsdag 15 maj 2024 kl. 13.00',
        '',
        'Nr   Ärende                                                  Dnr',
        '1.   Val av justerare',
        '2.   Delårsrapport januari–april 2024                        MBN 2024/88',
        '3.   Ansökan om bygglov för nybyggnad av',
        '     förråd på fastigheten Gräsanden 4                       MBN 2024/102',
        '4.   Anmälan av delegationsbeslut                            MBN 2024/5',
      ),
    );
    expect(heads(doc)).toEqual([
      [1, 'Val av justerare', null],
      [2, 'Delårsrapport januari–april 2024', 'MBN 2024/88'],
      [3, 'Ansökan om bygglov för nybyggnad av förråd på fastigheten Gräsanden 4', 'MBN 2024/102'],
      [4, 'Anmälan av delegationsbeslut', 'MBN 2024/5'],
    ]);
  });
});

describe('a table of contents headed `Ärendelista` inside minutes', () => {
  it('is no notice of its own, and its entries are no items', () => {
    const doc = meetingDoc(
      text(
        'Kommunstyrelsens arbetsutskott          PROTOKOLL             1(4)',
        'Sammanträdesdatum 2024-04-09',
        '',
        'Beslutande      Gustav Ek (S), ordförande',
        '                Sofia Mård (C)',
        '',
        'Ärendelista',
        '51   Dnr KS 2024/14    Information från kommundirektören ................ 2',
        '52   Dnr KS 2023/480   Svar på medborgarförslag om',
        '                       belysning vid badplatsen ............................. 3',
        '',
        '§ 51   Dnr KS 2024/14',
        'Information från kommundirektören',
        '',
        'Arbetsutskottets beslut',
        'Informationen läggs till handlingarna.',
        '',
        '§ 52   Dnr KS 2023/480',
        'Svar på medborgarförslag om belysning vid badplatsen',
        '',
        'Arbetsutskottets beslut',
        'Medborgarförslaget avslås.',
      ),
    );
    expect(doc.kind).toBe('minutes');
    expect(heads(doc)).toEqual([
      [51, 'Information från kommundirektören', 'KS 2024/14'],
      [52, 'Svar på medborgarförslag om belysning vid badplatsen', 'KS 2023/480'],
    ]);
    expect(decided(doc)).toEqual([
      [51, [['Informationen läggs till handlingarna.', 'Arbetsutskottet']]],
      [52, [['Medborgarförslaget avslås.', 'Arbetsutskottet']]],
    ]);
  });
});

describe('a web agenda numbering its points with one space', () => {
  it('`3 Title`, with group headings in capitals and a case number under the title', () => {
    const doc = meetingDoc(
      text(
        'Dagordning',
        'Stadsdelsnämnden Norrvik',
        'Sammanträde 2024-05-16 kl. 18.30',
        '',
        '1 Val av protokollsjusterare',
        '',
        'BORDLAGDA ÄRENDEN',
        '',
        '2 Svar på remiss om ny cykelplan för staden',
        '',
        'Dnr 2024-118-1.2.1',
        '',
        'BESLUTSÄRENDEN',
        '',
        '3 Verksamhetsplan för fritidsgårdarna 2024',
        '',
        '4 Bidrag till föreningen Norrviks hembygdsgille',
      ),
    );
    expect(heads(doc)).toEqual([
      [1, 'Val av protokollsjusterare', null],
      [2, 'Svar på remiss om ny cykelplan för staden', '2024-118-1.2.1'],
      [3, 'Verksamhetsplan för fritidsgårdarna 2024', null],
      [4, 'Bidrag till föreningen Norrviks hembygdsgille', null],
    ]);
    expect(doc.items.map((i) => [i.section, i.type])).toEqual([
      [null, null],
      ['BORDLAGDA ÄRENDEN', null],
      ['BESLUTSÄRENDEN', 'decision'],
      ['BESLUTSÄRENDEN', 'decision'],
    ]);
  });

  it('a numbered agenda with dots keeps its points over a one-space count in a body', () => {
    const doc = meetingDoc(
      text('Dagordning', 'Styrelsen', 'Datum: 2024-03-07', '', '1. Mötet öppnas', '2. Ekonomi', '1 Kvartal ett redovisas.', '2 Kvartal två redovisas.', '3. Övriga frågor', '4. Mötet avslutas'),
    );
    expect(doc.items.map((i) => i.number)).toEqual([1, 2, 3, 4]);
  });
});

describe('decisions for the organ itself', () => {
  it('`beslutar för egen del följande` heads its clauses; `antecknas till protokollet` decides', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Kommunstyrelsen',
        'Sammanträdesdatum 2024-06-03',
        '',
        '§ 80 Utbyggnad av förskola i Västerby',
        '',
        'Kommunstyrelsen beslutar för egen del följande',
        '1. Förvaltningen får i uppdrag att upphandla entreprenaden.',
        '2. Investeringsramen höjs med 4 miljoner kronor.',
        '',
        '§ 81 Information om sommarjobb',
        '',
        'Informationen antecknas till protokollet.',
      ),
    );
    expect(decided(doc)).toEqual([
      [80, [['Förvaltningen får i uppdrag att upphandla entreprenaden.', 'Kommunstyrelsen'], ['Investeringsramen höjs med 4 miljoner kronor.', 'Kommunstyrelsen']]],
      [81, [['Informationen antecknas till protokollet.', null]]],
    ]);
  });
});
