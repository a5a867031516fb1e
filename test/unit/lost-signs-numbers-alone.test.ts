// Minutes whose § signs were lost and whose numbers stand alone on their lines, each title
// on the line under its number (`71` / `Val av justerare` / body), declaring no range: the
// numbers that count up are the §§, not a numbered list in a body. A page's number alone on
// its line (at a page break, or over a running header it shares with the other pages) is
// none. Every text is invented.
import { describe, expect, it } from 'vitest';
import { restoreLostSigns } from '../../src/normalise/lost-signs.js';
import { meetingDoc } from './helpers.js';

const FRONT = [
  'Protokoll',
  'Miljö- och byggnadsnämnden',
  'Sammanträdesdatum 2024-04-17',
  'Plats och tid: Rådhuset, Lidsjö, kl. 09.00–12.00',
  'Beslutande',
  'Henrik Saar (M), ordförande',
  'Birgitta Kron (S)',
  'Utses att justera: Birgitta Kron',
  '',
];
const SECTIONS = [
  '71',
  'Val av justerare',
  'Nämndens beslut',
  'Birgitta Kron utses att justera protokollet.',
  '',
  '72',
  'Bygglov för enbostadshus på Lidsjö 4:12',
  'Dnr MBN 2024/77',
  'Sökanden vill uppföra ett enbostadshus. Förvaltningen föreslår att',
  '1. Bygglov beviljas,',
  '2. Avgiften fastställs till 24 000 kronor,',
  '3. Startbesked ges när kontrollplanen är godkänd.',
  'Nämndens beslut',
  'Nämnden beviljar bygglov.',
  '',
  '73',
  'Tillsynsplan 2024',
  'Nämndens beslut',
  'Nämnden antar tillsynsplanen.',
  '',
  '74',
  'Delegationsbeslut',
  'Nämndens beslut',
  'Redovisningen läggs till handlingarna.',
  '',
];
const TEXT = [...FRONT, ...SECTIONS].join('\n');

describe('§ signs lost before numbers alone on their lines', () => {
  it('gives the §§, their titles on the lines under the numbers, and not the list in a body', () => {
    const doc = meetingDoc(TEXT);
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [71, 'Val av justerare', null],
      [72, 'Bygglov för enbostadshus på Lidsjö 4:12', 'MBN 2024/77'],
      [73, 'Tillsynsplan 2024', null],
      [74, 'Delegationsbeslut', null],
    ]);
  });

  it('leaves the numbers of pages alone: at a page break, or over a running header', () => {
    const body = (n: number): string => `Nämnden går igenom ärende ${n} och diskuterar det.\nNämndens beslut\nÄrendet läggs till handlingarna.`;
    const paged = [...FRONT, body(1), '2', '\fMiljö- och byggnadsnämnden', body(2), '3', '\fMiljö- och byggnadsnämnden', body(3), '4', '\fMiljö- och byggnadsnämnden', body(4), ''].join('\n');
    expect(restoreLostSigns(paged)).toBe(paged);
    const headed = [...FRONT, body(1), '2', 'Miljö- och byggnadsnämnden', body(2), '3', 'Miljö- och byggnadsnämnden', body(3), '4', 'Miljö- och byggnadsnämnden', body(4), ''].join('\n');
    expect(restoreLostSigns(headed)).toBe(headed);
  });
});
