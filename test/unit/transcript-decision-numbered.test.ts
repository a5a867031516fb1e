// A web transcript's § run on in one line whose decision heading is followed by numbered
// clauses (`167 Val av justerare … Diarienr 16FSN2 Beslut 1. Vera Lund utses till justerare.
// 2. Justering sker …`): the heading ends the title, the case number is read, and each clause
// is a decision. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const TRANSCRIPT = [
  'Transkript',
  '',
  '1 Sammanträdesprotokoll 1 (3) Plats och tid Stadshuset kl. 13:00-15:30 Beslutande Eva Norr (S), ordförande Vera Lund (KD) Paragrafer 41-42',
  '',
  '2 Sammanträdesprotokoll 2 (3) 41 Val av justerare samt tid för justering Diarienr 16FSN2 Beslut 1. Vera Lund utses till justerare. 2. Justering sker den 14 december på kansliet. 42 Månadsrapport Beslut Nämnden godkänner månadsrapporten.',
].join('\n');

describe('a run-on decision heading before numbered clauses', () => {
  it('ends the title, and the clauses are the decisions', () => {
    const items = meetingDoc(TRANSCRIPT).items;
    expect(items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [41, 'Val av justerare samt tid för justering', '16FSN2'],
      [42, 'Månadsrapport', null],
    ]);
    expect(items[0]!.decisions.map((d) => d.text)).toEqual(['Vera Lund utses till justerare.', 'Justering sker den 14 december på kansliet.']);
  });
});
