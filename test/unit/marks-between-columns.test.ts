// A roll table whose attendance column stands between the names and the functions (`Namn | Närv. | Funktion`), or whose
// party column stands before the names (`Parti | Namn | Närv.`), flattened onto one line: each person gets the mark that
// follows the name (a cross came, a dash stayed away), the function after it and the party before it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { cutAtCrosses } from '../../src/parse/participants/attendance.js';
import { cutAtMarksBetween } from '../../src/parse/participants/marks-between.js';
import { meetingDoc, text } from './helpers.js';

const roles = (t: string) => meetingDoc(t).participants.map((p) => [p.name, p.role, p.party, p.position]);

describe('marks between the names and the functions', () => {
  it('cuts one entry per person, the mark in a column of its own', () => {
    expect(cutAtMarksBetween('Siv Holm - Kfge-ordf. Bo-Erik Lund - Kfge-vice ordf. Tove Ask X Kommundirektör')).toEqual([
      'Siv Holm, Kfge-ordf.   -',
      'Bo-Erik Lund, Kfge-vice ordf.   -',
      'Tove Ask, Kommundirektör   X',
    ]);
    // (a position after the name's comma, the mark after it: `fullmäktiges ordförande X` is no position's word)
    expect(cutAtMarksBetween('Karin Nord, fullmäktiges ordförande X Olle Sand, kommundirektör - Lisa Berg, sekreterare X')).toEqual([
      'Karin Nord, fullmäktiges ordförande   X',
      'Olle Sand, kommundirektör   -',
      'Lisa Berg, sekreterare   X',
    ]);
  });

  it('reads a position in capitals after the comma as the person\'s, before the mark', () => {
    expect(cutAtMarksBetween('Siv Holm, KFGE-ordförande X Bo-Erik Lund, KFGE-viceordförande - Tove Ask, kommundirektör X')).toEqual([
      'Siv Holm, KFGE-ordförande   X',
      'Bo-Erik Lund, KFGE-viceordförande   -',
      'Tove Ask, kommundirektör   X',
    ]);
    // (two names after one comma are two people, no row's)
    expect(cutAtMarksBetween('Siv Holm, Bo Lund X Tove Ask - Eva Ek X')).toBeNull();
  });

  it('gives the party written before a name to that name', () => {
    expect(cutAtMarksBetween('S Anna Sten X M Olle Vik - C Eva Ryd X KD Per Ahl X')).toEqual(['Anna Sten (S)   X', 'Olle Vik (M)   -', 'Eva Ryd (C)   X', 'Per Ahl (KD)   X']);
  });

  it('leaves other texts to the other readers', () => {
    // (crosses alone: the crosses' own cut)
    expect(cutAtMarksBetween('Karin Ås X Olle Berg X Siv Ek X')).toBeNull();
    expect(cutAtMarksBetween('Lars X Holm, Anna Ek')).toBeNull();
    // (no cross, or a dash between hours or before a remark in lower case)
    expect(cutAtMarksBetween('Anna Ek - Bo Ås - Eva Lind')).toBeNull();
    expect(cutAtMarksBetween('Anna Ek X kl. 18.00 - 19.00 Bo Ås X')).toBeNull();
    // (what follows the last mark where the table has no column of functions: the next labels)
    expect(cutAtMarksBetween('Eva Ek, ordf X Kim Berg - Tove Lind X Underskrifter Protokolljustering')).toBeNull();
    // (the next table's column heads after the last mark are nobody's)
    expect(cutAtMarksBetween('Eva Ek, ordf X Kim Berg - Tove Lind X Namn Närv. Funktion')).toEqual(['Eva Ek, ordf   X', 'Kim Berg   -', 'Tove Lind   X']);
  });

  it('cuts before a double surname capitalised twice when the crosses cut the roll', () => {
    expect(cutAtCrosses('Eva Ek, ordf X Kim Berg - Tove Lind X Ola Sand - Rut Holm-Ek X Siv Dal - Underskrifter Protokolljustering')).toContain('Rut Holm-Ek X');
  });

  it('reads who came, who stayed away and who sat beside them', () => {
    const t = text(
      '1 ÖSTERBY KOMMUN PROTOKOLL Organ Kommunstyrelsen Tid och plats 3 mars 2025 Klockan 18:00 Plats: Kommunkansliet Ordinarie ledamot Närv. Ersättare Närv. Beslutande Nils Brand, ordf X Eva Lund - Karin Holm-Ek, vice ordf X Olof Ek X Märta Sjö - Övriga Tove Ask - Kfge-ordf. Ulf Rask X Kommundirektör Paragrafer Underskrifter Protokolljustering Österby, den Nils Brand, ordförande',
      '',
      '2 Kst 21 Sammanträdets öppnande Ordföranden öppnar mötet. Beslut: Sammanträdet konstateras lagligen sammankallat och beslutfört.',
    );
    expect(roles(t)).toEqual([
      ['Nils Brand', 'member', null, 'ordförande'],
      ['Eva Lund', 'absent', null, null],
      ['Karin Holm-Ek', 'member', null, 'vice ordförande'],
      ['Olof Ek', 'member', null, null],
      ['Märta Sjö', 'absent', null, null],
      ['Tove Ask', 'absent', null, 'Kfge-ordförande'],
      ['Ulf Rask', 'other', null, 'kommundirektör'],
    ]);
  });

  it('reads a roll of parties, names and crosses under its heading', () => {
    const t = text('PROTOKOLL', 'Socialnämnden 2025-03-03', '', 'Ledamöter', 'S Anna Sten X M Olle Vik - C Eva Ryd X', 'Ersättare', 'V Kim Dal X MP Ulla Ros -', '', '§ 1 Val av justerare', 'Beslut: Eva Ryd utses.');
    expect(roles(t)).toEqual([
      ['Anna Sten', 'member', 'S', null],
      ['Olle Vik', 'absent', 'M', null],
      ['Eva Ryd', 'member', 'C', null],
      ['Kim Dal', 'deputy', 'V', null],
      ['Ulla Ros', 'absent', 'MP', null],
    ]);
  });
});
