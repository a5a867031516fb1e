// The attendance and roll-call table after the last § of kommunfullmäktige minutes whose
// front page only points to it (`Beslutande  Se närvarolista, bilaga 1`): its rows are the
// participants, and it is no part of the last §.
import { describe, expect, it } from 'vitest';
import { findRollCall } from '../../src/segment/roll.js';
import { linesOf, meetingDoc } from './helpers.js';

const TEXT = `PROTOKOLL
Kommunfullmäktige i Bergsjö kommun
Sammanträdesdatum 2025-02-10

Plats och tid                 Stadshuset, Bergsjö, kl. 18.00–20.15
Beslutande                    Se närvaro- och omröstningslista, bilaga 1
Övriga närvarande             Olle Fjell, kommunsekreterare
Justerare                     Mona Vik (L)

§ 10

Val av justerare
Fullmäktige utser Mona Vik (L) att justera protokollet.

§ 11

Anmälningar
Kommunfullmäktiges beslut
Anmälningarna läggs till handlingarna.
\f
BERGSJÖ KOMMUN                       Sammanträdesdatum
Kommunfullmäktige                    2025-02-10

Bilaga 1
Närvaro- och omröstningslista

Ledamöter                 Parti   Närvarande   Tjänstgörande ersättare    § 11
                                                                          Ja   Nej   Avstår
Ivar Dahl, ordförande     S       X                                       X
Nora Lund                 M                    Kent Brink (M)                   X
Mona Vik                  L       X                                                  X
Tage Holt                 V
                                                                 Summa    1    1     1

Ej tjänstgörande ersättare
Rut Sjö (S), Alf Kroon (M)
`;

describe('roll-call table after the last §', () => {
  it('reads members, deputies in absent members\u2019 seats and absent members', () => {
    const doc = meetingDoc(TEXT);
    const who = doc.participants.map((p) => [p.name, p.role, p.party]);
    expect(who).toEqual([
      ['Olle Fjell', 'other', null],
      ['Ivar Dahl', 'member', 'S'],
      ['Nora Lund', 'absent', 'M'],
      ['Kent Brink', 'deputy', 'M'],
      ['Mona Vik', 'member', 'L'],
      ['Tage Holt', 'absent', 'V'],
      ['Rut Sjö', 'deputy', 'S'],
      ['Alf Kroon', 'deputy', 'M'],
    ]);
    expect(doc.participants.find((p) => p.name === 'Ivar Dahl')?.position).toBe('ordförande');
    expect(doc.participants.find((p) => p.name === 'Kent Brink')?.substituteFor).toBe('Nora Lund');
  });

  it('keeps the appendix out of the last §', () => {
    const last = meetingDoc(TEXT).items.at(-1)!;
    expect(last.number).toBe(11);
    expect(last.decisions.map((d) => d.text)).toEqual(['Anmälningarna läggs till handlingarna.']);
    expect(last.text).not.toMatch(/Närvaro|Ivar Dahl|BERGSJÖ/u);
  });

  it('finds nothing without the table\u2019s head row', () => {
    const lines = linesOf('Närvarolista\n\nHär följer ingen tabell.\nIvar Dahl  S  X\n');
    expect(findRollCall(lines, 0, lines.length)).toBeNull();
  });

  it('leaves the front page\u2019s members alone when it names them', () => {
    const named = TEXT.replace('Se närvaro- och omröstningslista, bilaga 1', 'Ivar Dahl (S), ordförande');
    const doc = meetingDoc(named);
    expect(doc.participants.filter((p) => p.role === 'member').map((p) => p.name)).toEqual(['Ivar Dahl']);
    expect(doc.items.at(-1)!.decisions).toHaveLength(1);
  });

  it('reads other spellings: `Ledamot`, `Närv.`, a front page that says `framgår av bilaga`', () => {
    const other = TEXT.replace('Beslutande                    Se närvaro- och omröstningslista, bilaga 1', 'Närvarande ledamöter och ersättare framgår av bilaga 1')
      .replace('Ledamöter                 Parti   Närvarande', 'Ledamot                   Parti   Närv.     ');
    const doc = meetingDoc(other);
    expect(doc.participants.filter((p) => p.role === 'member').map((p) => p.name)).toEqual(['Ivar Dahl', 'Mona Vik']);
    expect(doc.participants.filter((p) => p.role === 'absent').map((p) => p.name)).toEqual(['Nora Lund', 'Tage Holt']);
    expect(doc.items.at(-1)!.decisions).toHaveLength(1);
  });
});
