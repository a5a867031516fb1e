// Reservations in the passive with what they are against between noun and verb (`Reservation
// mot beslutet anmäls av Bo Ek (M) och …`, `Skriftlig reservation lämnas av …`), and the
// inverted form opened by `Emot beslutet` (`Emot beslutet reserverar sig Eva Ås (M).`).
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { processOf } from './process-helpers.js';
import { text } from './helpers.js';

const reservers = (body: string): [string[], string[]][] => processOf(body).reservations.map((r) => [r.by, r.parties]);

describe('reservations in the passive and inverted', () => {
  it('`Reservation mot beslutet anmäls av …`', () => {
    expect(reservers(text('Reservationer', 'Reservation mot beslutet anmäls av Siv Nord (L) och Kurt Hed (L).'))).toEqual([[['Siv Nord', 'Kurt Hed'], ['L']]]);
  });

  it('`Skriftlig reservation lämnas av …`', () => {
    expect(reservers(text('Skriftlig reservation lämnas av Siv Nord (L), bilaga 4.'))).toEqual([[['Siv Nord'], ['L']]]);
  });

  it('`Emot beslutet reserverar sig …`', () => {
    expect(reservers(text('Beslut', 'Nämnden antar planen.', '', 'Emot beslutet reserverar sig Kurt Hed (KD).'))).toEqual([[['Kurt Hed'], ['KD']]]);
  });

  it('a rule about reservations names nobody (guard)', () => {
    expect(reservers(text('En reservation mot beslutet lämnas av den som inte deltar i beslutet.'))).toEqual([]);
  });
});
