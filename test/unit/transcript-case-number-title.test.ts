// A web transcript whose §§ run on in one line with the case number after each title
// (`44 Riktlinjer för … Dnr M 2018-101 Beslut Miljönämnden …`), a contents page listing them
// so before: the case number is read and the title ends before it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const TRANSCRIPT = [
  'Transkript',
  '',
  '1 Protokoll Byggnämnden Sammanträdesdatum 2019-04-11 Ledamöter Ivar Dal (S), ordförande Siv Ek (M) Paragrafer 12-14',
  '',
  '2 Innehåll 12 Detaljplan för kv. Smedjan Dnr BN 2019-33 13 Taxa för bygglov Dnr BN 2018-140 14 Delegationsbeslut',
  '',
  '3 12 Detaljplan för kv. Smedjan Dnr BN 2019-33 Beslut Byggnämnden antar detaljplanen. 13 Taxa för bygglov Dnr BN 2018-140 Beslut Byggnämnden föreslår fullmäktige att anta taxan. 14 Delegationsbeslut Beslut Byggnämnden lägger redovisningen till handlingarna.',
].join('\n');

describe('a run-on § with its case number after the title', () => {
  it('gives the title without the case number, and the case number', () => {
    const items = meetingDoc(TRANSCRIPT).items.map((i) => [i.number, i.title, i.caseNumber]);
    expect(items).toEqual([
      [12, 'Detaljplan för kv. Smedjan', 'BN 2019-33'],
      [13, 'Taxa för bygglov', 'BN 2018-140'],
      [14, 'Delegationsbeslut', null],
    ]);
  });
});
