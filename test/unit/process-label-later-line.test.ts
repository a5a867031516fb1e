// A process label on a later line of a paragraph (`Beslut: …` / `Reservation: …` printed
// without a blank line between) opens a part of its own, as at a paragraph's start; and
// `Avvikande åsikt`, as Finnish-Swedish minutes name a dissent, is a reservation. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, minutes, text } from './helpers.js';

const HEADER = text('PROTOKOLL', 'Tekniska nämnden', 'Datum: 2024-03-12', '');
const read = (...body: string[]) => item(meetingDoc(minutes({ header: HEADER, items: text('§ 10 Motion om cykelväg', '', ...body) })), 10);

describe('a process label on a later line', () => {
  it('Reservation: after the decision', () => {
    const i = read('Beslut: Nämnden beslutade att avslå motionen.', 'Reservation: Nils Ek reserverade sig mot beslutet.');
    expect(i.reservations.map((r) => [r.by, r.text])).toEqual([[['Nils Ek'], 'Nils Ek reserverade sig mot beslutet.']]);
    expect(i.decisions.map((d) => d.text)).toEqual(['Nämnden beslutade att avslå motionen.']);
  });

  it('Avvikande åsikt: with the name alone', () => {
    expect(read('Beslut: Nämnden beslutade att avslå motionen.', 'Avvikande åsikt: Nils Ek.').reservations.map((r) => r.by)).toEqual([['Nils Ek']]);
  });

  it('avvikande åsikt in a sentence of its own paragraph', () => {
    expect(read('Beslut: Nämnden beslutade att avslå motionen.', '', 'Nils Ek anmälde avvikande åsikt.').reservations.map((r) => r.by)).toEqual([['Nils Ek']]);
  });
});
