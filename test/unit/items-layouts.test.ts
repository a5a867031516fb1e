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
