// A lone hour in the list of who took part says when that person came or left (`Eva Ek, lämnade mötet kl 10.45`,
// `Bo Lind, Region Ekland, från kl 10.15`, `Per Ås (t.o.m. kl 15.00)`): where the header writes no hours of its own,
// main read that person's hour as the meeting's start. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const head = ['PROTOKOLL', 'Styrelsen för Samordningsförbundet Ekdalen', 'Datum: 2023-03-14', 'Plats: Kommunhuset, Ekby', '', 'Närvarande'];
const tail = ['', '§ 1 Mötet öppnas', 'Ordföranden öppnade mötet.', '', '§ 2 Budget', 'Styrelsen beslutar att godkänna budgeten.'];

describe("a person's hour in the list is not the meeting's start", () => {
  it('passes by a leaving hour in a bracket', () => {
    const doc = meetingDoc(text(...head, 'Vera Strand, ordförande, Ekby kommun', 'Tord Ekman, Region Ekland (lämnade mötet kl 10.45)', 'Lars Myr, förbundschef', ...tail));
    expect(doc.meeting?.startTime ?? null).toBeNull();
  });

  it('passes by an arriving hour after a comma', () => {
    const doc = meetingDoc(text(...head, 'Vera Strand, ordförande, Ekby kommun', 'Tord Ekman, ledamot, Region Ekland, från kl 10.15', 'Lars Myr, förbundschef', ...tail));
    expect(doc.meeting?.startTime ?? null).toBeNull();
  });

  it("keeps the meeting's own hours written before the list", () => {
    const doc = meetingDoc(text('PROTOKOLL', 'Styrelsen för Samordningsförbundet Ekdalen', 'Datum: 2023-03-14', 'Tid: 09.00-11.30', '', 'Närvarande', 'Vera Strand, ordförande', 'Tord Ekman, t.o.m. kl 10.00', ...tail));
    expect(doc.meeting?.startTime).toBe('09:00');
  });

  it("keeps a labelled start written with 'från'", () => {
    const doc = meetingDoc(text('PROTOKOLL', 'Styrelsen för Samordningsförbundet Ekdalen', 'Datum: 2023-03-14', 'Tid: från kl 13.00', '', 'Närvarande', 'Vera Strand, ordförande', ...tail));
    expect(doc.meeting?.startTime).toBe('13:00');
  });
});
