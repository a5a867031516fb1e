// A decision's `att` clauses under the organ deciding (`Styrelsen beslutade:` / `att godkänna budgeten.`) and, after a
// blank line, the minutes going on in prose that decides nothing (`Förbundschefen informerade om …`): the clauses end
// before it, as they end at a heading. A further clause, a list the clause announces, and prose that decides by itself
// stay decisions. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const minutes = (...body: string[]) =>
  meetingDoc(text('PROTOKOLL', 'Styrelsen för Samordningsförbundet Norrby', 'Datum 2024-03-12', '', '§ 6 Budget', 'Förbundschefen redovisade förslaget.', '', ...body, '', '§ 7 Mötets avslutande', 'Ordföranden avslutade mötet.'));
const decided = (doc: ReturnType<typeof minutes>) => item(doc, 6).decisions.map((d) => [d.by, d.text]);

describe('clauses, then prose', () => {
  it('prose after the clauses is none of them', () => {
    const doc = minutes('Styrelsen beslutade:', 'att godkänna budgeten,', 'att uppdra åt förbundschefen att informera medlemmarna.', '', 'Förbundschefen informerade därefter om läget i projekten.');
    expect(decided(doc)).toEqual([['Styrelsen', 'godkänna budgeten'], ['Styrelsen', 'uppdra åt förbundschefen att informera medlemmarna.']]);
  });

  it('under `Beslut` too', () => {
    const doc = minutes('Beslut', 'att godkänna budgeten.', '', 'Mötet diskuterade sedan hur projekten ska följas upp.');
    expect(decided(doc)).toEqual([[null, 'godkänna budgeten.']]);
  });

  it('a further clause after a blank line stays one', () => {
    const doc = minutes('Styrelsen beslutade:', 'att godkänna budgeten.', '', 'att uppdra åt förbundschefen att informera medlemmarna.');
    expect(decided(doc)).toEqual([['Styrelsen', 'godkänna budgeten.'], ['Styrelsen', 'uppdra åt förbundschefen att informera medlemmarna.']]);
  });

  it('prose that decides by itself stays a decision', () => {
    const doc = minutes('Styrelsen beslutade:', 'att godkänna budgeten.', '', 'Styrelsen godkände även förbundschefens rapport.');
    expect(decided(doc)).toEqual([['Styrelsen', 'godkänna budgeten.'], ['Styrelsen', 'Styrelsen godkände även förbundschefens rapport.']]);
  });

  it('the names a clause announces stay its list', () => {
    const doc = minutes('Styrelsen beslutade:', 'att utse följande ombud:', '', 'Eva Ek', 'Bo Al');
    expect(decided(doc)).toEqual([['Styrelsen', 'utse följande ombud:\nEva Ek Bo Al']]);
  });
});
