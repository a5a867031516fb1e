// Members listed by the body each comes from: the body and a colon before the name, one a line
// or run on after the list's heading (`Ledamöter Region Norrby: Anna Ek (S) Ekby kommun: Per Ås (M)
// Försäkringskassan: …`), or a column of bodies left of the names (under `Organisation   Namn`).
// Each name's organisation is read, and no body is taken for a name or a position. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (...list: string[]): string =>
  text('Samordningsförbundet Norrby', 'PROTOKOLL', 'Styrelsemöte 2023-03-14', '', 'Plats: Kommunhuset, Norrby', '', ...list, '', '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.');

const expected = [
  ['Anna Ek', 'member', 'Region Norrby', 'S'],
  ['Per Ås', 'member', 'Ekby kommun', 'M'],
  ['Lena Holm', 'member', 'Försäkringskassan', null],
  ['Jonas Dahl', 'member', 'Arbetsförmedlingen', null],
];
const read = (t: string): unknown[] => meetingDoc(t).participants.map((p) => [p.name, p.role, p.organisation, p.party]);

describe('members listed by body', () => {
  it('reads the body and its colon before each name, one a line', () => {
    expect(read(minutes('Ledamöter', 'Region Norrby: Anna Ek (S)', 'Ekby kommun: Per Ås (M)', 'Försäkringskassan: Lena Holm', 'Arbetsförmedlingen: Jonas Dahl'))).toEqual(expected);
  });

  it('reads them run on after the heading', () => {
    expect(read(minutes('Ledamöter Region Norrby: Anna Ek (S), ordförande Ekby kommun: Per Ås (M) Försäkringskassan: Lena Holm Arbetsförmedlingen: Jonas Dahl'))).toEqual(expected);
  });
});

describe('a column of bodies left of the names', () => {
  const rows = ['Region Norrby         Anna Ek (S)', 'Ekby kommun           Per Ås (M)', 'Försäkringskassan     Lena Holm', 'Arbetsförmedlingen    Jonas Dahl'];
  it('gives each name its body, not a position', () => {
    expect(read(minutes('Ledamöter', ...rows))).toEqual(expected);
  });

  it('reads the table under its column heads, a list after it', () => {
    expect(read(minutes('Ledamöter', 'Organisation          Namn', ...rows, '', 'Ersättare', 'Ekby kommun           Siv Alm (S)'))).toEqual([
      ...expected,
      ['Siv Alm', 'deputy', 'Ekby kommun', 'S'],
    ]);
  });
});

describe("a body's cell over the rows of its people", () => {
  it('gives each row under it that body', () => {
    const doc = meetingDoc(
      minutes('Ledamöter', 'Region Norrby         Anna Ek (S)', '                      Kim Lund (C)', 'Försäkringskassan     Lena Holm', '                      Olle Sand', '', 'Övriga', 'Maria Berg, förbundschef'),
    );
    expect(doc.participants.map((p) => [p.name, p.organisation])).toEqual([
      ['Anna Ek', 'Region Norrby'],
      ['Kim Lund', 'Region Norrby'],
      ['Lena Holm', 'Försäkringskassan'],
      ['Olle Sand', 'Försäkringskassan'],
      ['Maria Berg', null],
    ]);
  });
});
