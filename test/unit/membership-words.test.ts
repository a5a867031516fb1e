// A bare membership word after a name (`ledamot`, `ordinarie ledamot`, `ersättare`, `tjänstgörande
// ersättare`, `suppleant`) says the person's role, not a position: it tells the role where the
// heading does not, and the position stays null. An office (`ordförande`, `vice ordförande`,
// `kommunchef`) is still the position. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const people = (...rows: string[]) =>
  meetingDoc(
    text('PROTOKOLL', 'Kultur- och fritidsnämnden', 'Sammanträdesdatum 2023-09-12', '', ...rows, '', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.'),
  ).participants.map((p) => [p.name, p.role, p.party, p.position]);

describe('a membership word after a name', () => {
  it('is no position among those who decide', () => {
    expect(
      people('Beslutande Vera Holm (S), ordförande', 'Tage Ek (M), ledamot', 'Lina Berg (C), ordinarie ledamot', 'Olof Sten (S), tjänstgörande ersättare'),
    ).toEqual([
      ['Vera Holm', 'member', 'S', 'ordförande'],
      ['Tage Ek', 'member', 'M', null],
      ['Lina Berg', 'member', 'C', null],
      ['Olof Sten', 'deputy', 'S', null],
    ]);
  });

  it('gives the role under a heading that only says who was there', () => {
    expect(people('Närvarande', 'Vera Holm (S), ordförande', 'Tage Ek (M), ledamot', 'Karin Lund (V), ersättare', 'Maja Ås, kultursekreterare')).toEqual([
      ['Vera Holm', 'member', 'S', 'ordförande'],
      ['Tage Ek', 'member', 'M', null],
      ['Karin Lund', 'deputy', 'V', null],
      ['Maja Ås', 'other', null, 'kultursekreterare'],
    ]);
  });

  it('reads a suppleant among the others as a deputy', () => {
    expect(people('Beslutande Vera Holm (S), ordförande', 'Övriga närvarande Eva Ros (KD), suppleant', 'Maja Ås, kommunchef')).toEqual([
      ['Vera Holm', 'member', 'S', 'ordförande'],
      ['Eva Ros', 'deputy', 'KD', null],
      ['Maja Ås', 'other', null, 'kommunchef'],
    ]);
  });
});
