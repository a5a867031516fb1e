// `Beslutande: Övriga deltagande` on one line over one run of a council's names: its members represent associations,
// each named with the organisation alone and no party (`Britt Svahn, PRO`), then the staff with their positions. The
// members are the run's entries before the first of the staff, the staff the others'. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const roster = (heads: string, run: string) =>
  meetingDoc(text('PROTOKOLL', 'Kommunala pensionärsrådet 2025-03-04', '', heads, run, 'Utses att justera: Kjell Ek', '', '§ 1 Val av justerare', 'Kjell Ek utses.')).participants.map(
    (p) => [p.name, p.role, p.organisation],
  );

describe('association representatives over one run with the staff', () => {
  it("gives the members' heading the representatives before the staff", () => {
    expect(roster('Beslutande: Övriga deltagande', 'Gösta Lind (LB), ordförande Britt Svahn, PRO Kjell Ek, SPF Ulla Rask, SKPF Per Dahl, socialchef Eva Moberg, sekreterare')).toEqual([
      ['Gösta Lind', 'member', 'LB'],
      ['Britt Svahn', 'member', 'PRO'],
      ['Kjell Ek', 'member', 'SPF'],
      ['Ulla Rask', 'member', 'SKPF'],
      ['Per Dahl', 'other', null],
      ['Eva Moberg', 'other', null],
    ]);
  });

  it("reads a council of disability associations written out, its chair a party's", () => {
    expect(roster('Beslutande Övriga närvarande', 'Lisa Holm (S), ordförande Anders Ek, DHR Maria Nyström, Synskadades riksförbund Bengt Falk, FUB Tove Lind, handläggare')).toEqual([
      ['Lisa Holm', 'member', null],
      ['Anders Ek', 'member', 'DHR'],
      ['Maria Nyström', 'member', 'Synskadades riksförbund'],
      ['Bengt Falk', 'member', 'FUB'],
      ['Tove Lind', 'other', null],
    ]);
  });

  it("leaves the others' heading every name where no staff follow the organisations", () => {
    expect(roster('Beslutande: Övriga deltagande', 'Britt Svahn, PRO Kjell Ek, SPF Ulla Rask, SKPF').map((p) => p[1])).toEqual(['other', 'other', 'other']);
  });
});
