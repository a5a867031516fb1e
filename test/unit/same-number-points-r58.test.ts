// Points that all carry the same number: an HTML ordered list copied as text with its counters reset, or a word
// processor's numbering lost but for the first number. The points are numbered by their order. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('points numbered all alike', () => {
  it('numbers a notes text whose every point opened with `1)`, its text under each, by their order', () => {
    const doc = meetingDoc(
      text(
        'Minnesanteckningar',
        'Arbetsgruppen för lokalt folkhälsoarbete i Granvik',
        'Datum: 2024-10-08',
        '',
        '1) Välkommen och presentation',
        'Mötet inleddes med en kort presentationsrunda.',
        '',
        '1) Föregående minnesanteckningar',
        'Anteckningarna lades till handlingarna.',
        '',
        '1) Rapport från skolhälsovården',
        'Skolsköterskan berättade om höstens hälsosamtal.',
        '',
        '1) Planering av temadag om sömn',
        'Gruppen beslutade att hålla temadagen i mars.',
        '',
        '1) Nästa möte',
        'Den 12 november i Granviks bibliotek.',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Välkommen och presentation'],
      [2, 'Föregående minnesanteckningar'],
      [3, 'Rapport från skolhälsovården'],
      [4, 'Planering av temadag om sömn'],
      [5, 'Nästa möte'],
    ]);
  });

  it('numbers an indented list of `1.` points a blank line apart, and leaves the numbers of the other lists alone', () => {
    const doc = meetingDoc(
      text(
        'KALLELSE',
        'Miljö- och byggnämnden i Hjortsjö kommun',
        'Tid: Torsdag 2025-06-05 kl. 08.30',
        'Plats: Sammanträdesrum Tjädern',
        '',
        'Ärenden',
        '',
        '   1. Upprop och val av justerare',
        '',
        '   1. Strandskyddsdispens för brygga på Lilla Holmen',
        '',
        '   1. Bygglov för förskola i Västra Hjortsjö',
        '',
        '   1. Delegationsbeslut',
        '',
        'Handlingar finns på kommunens webbplats.',
        'Kerstin Ahlroos',
        'ordförande',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Upprop och val av justerare'],
      [2, 'Strandskyddsdispens för brygga på Lilla Holmen'],
      [3, 'Bygglov för förskola i Västra Hjortsjö'],
      [4, 'Delegationsbeslut'],
    ]);
  });

  it('reads a roll whose counters were reset as people, and the points under it from 1', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Kultur- och fritidsnämnden i Älvbacka',
        'Sammanträdesdatum 2025-01-22',
        '',
        'Närvarande ledamöter',
        '1. Tove Rantala (S), ordförande',
        '1. Jonas Wik (M)',
        '1. Elsa Nordqvist (C)',
        '1. Anders Hed (V)',
        '',
        '1. Val av justerare',
        'Nämnden utser Jonas Wik att justera protokollet.',
        '2. Bidrag till studieförbund',
        'Nämnden beslutar att fördela bidraget enligt förslaget.',
        '3. Lokalfrågor',
        'Informationen noteras.',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.party])).toEqual([
      ['Tove Rantala', 'S'],
      ['Jonas Wik', 'M'],
      ['Elsa Nordqvist', 'C'],
      ['Anders Hed', 'V'],
    ]);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Val av justerare'],
      [2, 'Bidrag till studieförbund'],
      [3, 'Lokalfrågor'],
    ]);
  });
});
