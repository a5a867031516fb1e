// A decision printed with what follows it and no blank line between: the vote's label
// (`Omröstning: 4 ja, 1 nej.`), a member's reservation (`Lisa Sund reserverade sig mot
// beslutet.`) and the secretary's finding (`Noterades att …`) are none of its text, after a
// `Beslut:` label or under a `Beslut` heading. Capitalised clauses (`Att godkänna budgeten.`)
// and one clause after the label (`Beslut: att bevilja …`) lose their `att` as lower-case
// clauses under a heading do. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, minutes, text } from './helpers.js';

const HEADER = text('PROTOKOLL', 'Tekniska nämnden', 'Datum: 2024-03-12', '');
const read = (...body: string[]) => item(meetingDoc(minutes({ header: HEADER, items: text('§ 14 Taxa för vatten', '', ...body) })), 14);
const decisions = (...body: string[]): [string | null, string][] => read(...body).decisions.map((d) => [d.by, d.text]);

describe('a decision ends where the proceedings begin', () => {
  it('after a label: the vote and the reservation on the next lines', () => {
    const i = read('Beslut: Nämnden beslöt enligt förslaget.', 'Omröstning: 4 ja, 1 nej.', 'Lisa Sund reserverade sig mot beslutet.');
    expect(i.decisions.map((d) => [d.by, d.text])).toEqual([['Nämnden', 'Nämnden beslöt enligt förslaget.']]);
    expect(i.votes.map((v) => [v.yes, v.no])).toEqual([[4, 1]]);
    expect(i.reservations.map((r) => r.by)).toEqual([['Lisa Sund']]);
  });

  it('after a label: a dissent, avvikande åsikt', () => {
    expect(decisions('Beslut: Nämnden beslutade att avslå motionen.', 'Nils Ek anmälde avvikande åsikt.')).toEqual([['Nämnden', 'Nämnden beslutade att avslå motionen.']]);
  });

  it('under a heading: a reservation line and a vote line are no clauses', () => {
    expect(decisions('Beslut', 'Nämnden beslutar att anta taxan.', 'Lisa Sund reserverade sig mot beslutet.')).toEqual([['Nämnden', 'Nämnden beslutar att anta taxan.']]);
    expect(decisions('Beslut', 'att anta taxan.', 'Omröstning: 4 ja, 1 nej.')).toEqual([[null, 'anta taxan.']]);
  });

  it('capitalised clauses and a finding after them', () => {
    expect(decisions('Beslut', 'Att anta taxan.', 'Att uppdra åt förvaltningen att informera abonnenterna.', 'Noterades att Nils Ek inte deltog i beslutet.')).toEqual([
      [null, 'anta taxan.'],
      [null, 'uppdra åt förvaltningen att informera abonnenterna.'],
    ]);
  });

  it('a capitalised sentence that decides by itself keeps its Att', () => {
    expect(decisions('Beslut', 'Att justera protokollet valdes Eva Holm.')).toEqual([[null, 'Att justera protokollet valdes Eva Holm.']]);
  });

  it('one clause after the label loses its att, as two do', () => {
    expect(decisions('Beslut: att anta taxan.')).toEqual([[null, 'anta taxan.']]);
  });
});
