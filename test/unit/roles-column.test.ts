// Participant lists printed as two columns, each name and its role (`Anna Berg (S)   ordförande`),
// and the same lists flattened column by column: all names first, then the roles (or the
// attendance marks) in the same order. Every name, place and date is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const HEAD = ['PROTOKOLL', 'Samordningsförbundet Fjällbygd', 'Styrelsen', '', 'Datum: 2024-04-11', 'Plats: Kommunhuset, Tallby', ''];
const ITEMS = ['', '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.'];

describe('roles in a column of their own', () => {
  it('puts the roles printed after all the names back beside each name, in order', () => {
    const doc = meetingDoc(text(...HEAD, 'Beslutande', 'Vera Sjödin (S)', 'Tage Fors (M)', 'Lova Kram (C)', 'Ove Bredin (S)', 'ordförande', 'vice ordförande', 'ledamot', 'tjg ersättare', ...ITEMS));
    expect(doc.participants.map((p) => [p.name, p.party, p.position, p.role])).toEqual([
      ['Vera Sjödin', 'S', 'ordförande', 'member'],
      ['Tage Fors', 'M', 'vice ordförande', 'member'],
      ['Lova Kram', 'C', null, 'member'],
      ['Ove Bredin', 'S', null, 'deputy'],
    ]);
    expect(doc.participants.map((p) => p.line)).toEqual([9, 10, 11, 12]);
  });

  it('reads the attendance marks printed after the names as each one\'s mark, with the §§ attended', () => {
    const doc = meetingDoc(text(...HEAD, 'Ledamöter Närvarande', 'Vera Sjödin X', 'Tage Fors anmält förhinder', 'Övriga', 'Siri Alm', 'Nils Brink', 'X, § 5 - § 6', 'X, § 5 - § 6', ...ITEMS));
    expect(doc.participants.map((p) => [p.name, p.role, p.paragraphs])).toEqual([
      ['Vera Sjödin', 'member', null],
      ['Tage Fors', 'absent', null],
      ['Siri Alm', 'other', { from: 5, to: 6 }],
      ['Nils Brink', 'other', { from: 5, to: 6 }],
    ]);
  });

  it('reads `ej tjg ersättare` in a column beside the name as the role, neither a position nor a note', () => {
    const doc = meetingDoc(text(...HEAD, 'Ersättare        Rut Hägg (M)        ej tjg ersättare', ...ITEMS));
    expect(doc.participants.map((p) => [p.name, p.position, p.note])).toEqual([['Rut Hägg', null, null]]);
  });

  it('leaves names alone where fewer roles follow than names', () => {
    const doc = meetingDoc(text(...HEAD, 'Beslutande', 'Vera Sjödin (S)', 'Tage Fors (M)', 'Lova Kram (C)', 'ordförande', ...ITEMS));
    expect(doc.participants.map((p) => p.position)).toEqual([null, null, null]);
  });
});
