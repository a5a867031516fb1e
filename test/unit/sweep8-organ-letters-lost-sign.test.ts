// Sweep 8: a web transcript of a board's minutes, each page on one line, whose § headings
// lost their sign and keep the organ's letters in capitals (`SN 21 Tillsynsplan 2019 Dnr 12/19 …`,
// `MN 21 …`). Only mixed-case letters (`Sn 21`) were cut as headings, and `Mn` was not known. Invented text.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const pages = (organ: string, letters: string) => [
  `1 ${organ} (3) Plats och tid Kommunhuset, Ekensalen Beslutande Lars Wiklund (S), ordförande Eva Nord (S) Gustav Lind (M) Utses att justera Gustav Lind (M) Justeringens plats och tid Kommunhuset den 14 april 2019`,
  '',
  `2 ${organ} (3) ${letters} 21 Tillsynsplan 2019 Dnr 12/19 Kontoret har upprättat förslag till tillsynsplan för 2019. ${organ} beslutar att anta tillsynsplanen för 2019.`,
  '',
  `3 ${organ} (3) ${letters} 22 Delegationsbeslut Dnr 3/19 Redovisning av delegationsbeslut för perioden januari-mars. ${organ} beslutar att lägga redovisningen till handlingarna.`,
].join('\n');

describe('organ letters before a § number whose sign was lost, on flattened pages', () => {
  it('open the items in capitals', () => {
    const doc = meetingDoc(pages('Socialnämnden', 'SN'));
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [21, 'Tillsynsplan 2019', '12/19'],
      [22, 'Delegationsbeslut', '3/19'],
    ]);
  });

  it('know the environment board\'s letters', () => {
    const doc = meetingDoc(pages('Miljönämnden', 'MN'));
    expect(doc.items.map((i) => i.number)).toEqual([21, 22]);
  });
});
