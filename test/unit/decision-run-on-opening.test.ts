// A page flattened to one line runs the item's text on into its decision with no full stop
// between: `… Dnr 412/2019 Miljönämnden beslutar att lägga anmälan till handlingarna.`,
// `… för regionen Fullmäktige beslutade - att anta policyn …`. A capitalised organ and its verb
// of deciding mid-sentence open the decision; not where the text before proposes (`… föreslår att
// Nämnden beslutar att …`, `Förvaltningens förslag till beslut Nämnden beslutar att …`), nor a
// lower-case organ inside a sentence (`… innan nämnden beslutar att …`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, minutes, text } from './helpers.js';

const HEADER = text('SAMMANTRÄDESPROTOKOLL', 'Miljönämnden', 'Sammanträdesdatum 2019-11-06', '');
const decisionsIn = (...body: string[]): [string | null, string][] =>
  item(meetingDoc(minutes({ header: HEADER, items: text('§ 31 Anmälan av delegationsbeslut', '', ...body, '', '§ 32 Övrigt', '', 'Inga övriga frågor.') })), 31).decisions.map((d) => [d.by, d.text]);

describe('a decision run on after the item’s text', () => {
  it('after a case number', () => {
    expect(decisionsIn('Förteckning över beslut fattade på delegation under oktober Dnr 412/2019 Miljönämnden beslutar att lägga anmälan till handlingarna.')).toEqual([
      ['Miljönämnden', 'Miljönämnden beslutar att lägga anmälan till handlingarna.'],
    ]);
  });

  it('after a list of documents, the organ’s noun alone', () => {
    expect(decisionsIn('Beslutsunderlag Tjänsteskrivelse 2019-10-21 Nämnden beslutar att lägga anmälan till handlingarna.')).toEqual([
      ['Nämnden', 'Nämnden beslutar att lägga anmälan till handlingarna.'],
    ]);
  });

  it('in the past, a dash before the clause', () => {
    expect(decisionsIn('Förvaltningen har sammanställt besluten i en förteckning Miljönämnden beslutade - att godkänna redovisningen.')).toEqual([
      ['Miljönämnden', 'Miljönämnden beslutade - att godkänna redovisningen.'],
    ]);
  });

  it('not where the text before proposes', () => {
    expect(decisionsIn('Förvaltningen föreslår att Miljönämnden beslutar att lägga anmälan till handlingarna.')).toEqual([]);
    expect(decisionsIn('Bakgrund Förvaltningen har sammanställt besluten Förvaltningens förslag till beslut Miljönämnden beslutar att lägga anmälan till handlingarna.')).toEqual([]);
  });

  it('not an organ in lower case inside a sentence', () => {
    expect(decisionsIn('Förteckningen ska kompletteras innan nämnden beslutar att lägga anmälan till handlingarna.')).toEqual([]);
  });

  it('not a dated report of an earlier decision', () => {
    expect(decisionsIn('Förvaltningen har utrett frågan efter att Miljönämnden beslutade 2018-05-02 att ge ett uppdrag om detta.')).toEqual([]);
  });
});
