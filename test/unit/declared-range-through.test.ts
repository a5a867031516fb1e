// The protocol's range of §§ written with `t o m` / `t.o.m.` / `till och med` (through) instead of a dash
// (`Paragrafer 1 t.o.m. 12`, `(§§ 13 t o m 21)`), and the range in brackets among the title row's columns
// (`PROTOKOLL    Styrelsen    Dnr 2021/04    (§§ 18-35)    1(9)`), as a förbund's protocols head their
// first page. A participant's bracketed range after a name is still not the protocol's. Every name,
// number and date is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (...head: string[]) =>
  meetingDoc(text(...head, 'Tid: kl 9.00-12.00', 'Plats: Förbundets kansli', '', '§ 13 Val av justerare', 'Anna Ek väljs att justera.'));

describe('the declared range of §§', () => {
  it('reads a range in brackets among the title row’s columns', () => {
    expect(minutes('Samordningsförbundet Ekbygd', 'PROTOKOLL    Styrelsen    Dnr 2021/04    (§§ 18-35)    1(9)', 'Sammanträde 2021-03-12').meeting?.paragraphs).toEqual({ from: 18, to: 35 });
  });
  it.each([
    ['Sammanträde 2021-03-12    Dnr 0003/21    (§§ 13 t o m 21)    1(5)'],
    ['Sammanträde 2021-03-12    Dnr 0003/21    (§§ 13 t.o.m. 21)    1(5)'],
    ['Paragrafer 13 t.o.m. 21'],
    ['Paragrafer: § 13 till och med § 21'],
    ['Paragrafer  13 t o m 21'],
  ])('reads a range through t o m: %s', (line) => {
    expect(minutes('Samordningsförbundet Ekbygd', 'PROTOKOLL STYRELSEN', line).meeting?.paragraphs).toEqual({ from: 13, to: 21 });
  });
  it('leaves a participant’s bracketed range alone', () => {
    const doc = minutes('Samordningsförbundet Ekbygd', 'PROTOKOLL STYRELSEN', 'Datum 2021-03-12', 'Beslutande Anna Ek (S) (§§ 13-15)', 'Per Ås (M)');
    expect(doc.meeting?.paragraphs).toBeNull();
  });
});
