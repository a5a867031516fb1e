// A page flattened to one line runs the item's text on into its decision with no full stop
// between: `… Dnr 412/2019 Miljönämnden beslutar att lägga anmälan till handlingarna.`. A
// capitalised organ and its verb of deciding in the present mid-sentence open the decision; not the
// past (`Bakgrund Miljönämnden beslutade att …`: the case's history), nor where the text before proposes (`… föreslår att
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

  it('a dash before the clause', () => {
    expect(decisionsIn('Förvaltningen har sammanställt besluten i en förteckning Miljönämnden beslutar - att godkänna redovisningen.')).toEqual([
      ['Miljönämnden', 'Miljönämnden beslutar - att godkänna redovisningen.'],
    ]);
  });

  it('not in the past, which tells the case’s history after a flattened heading', () => {
    expect(decisionsIn('Bakgrund Miljönämnden beslutade att ge förvaltningen i uppdrag att sammanställa besluten. Förvaltningen har nu gjort det.')).toEqual([]);
    expect(decisionsIn('Ärendebeskrivning Förvaltningen har sammanställt besluten enligt uppdraget Miljönämnden beslöt att ge förvaltningen det uppdraget.')).toEqual([]);
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
