// A heading over a § body's proceedings that names the organ they took place in: `Särskilt
// yttrande i kommunstyrelsen`, `Yrkanden i arbetsutskottet`, as fullmäktige's minutes report
// what the preparing organs said. It ends the decision's clauses like the plain heading: what
// stands under it is no part of the decision. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, minutes, text } from './helpers.js';

const HEADER = text('PROTOKOLL', 'Kommunfullmäktige', 'Sammanträdesdatum 2011-09-15', '');
const decisions = (...body: string[]): [string | null, string][] =>
  item(meetingDoc(minutes({ header: HEADER, items: text('§ 71 Delårsrapport per augusti', '', ...body) })), 71).decisions.map((d) => [d.by, d.text]);

describe('proceedings headings with their organ', () => {
  it('`Särskilt yttrande i kommunstyrelsen` after the decision', () => {
    expect(decisions('Kommunfullmäktiges beslut', '- Delårsrapporten godkänns.', '', 'Särskilt yttrande i kommunstyrelsen', 'Jonas Berg (S) lämnar särskilt yttrande.')).toEqual([
      ['Kommunfullmäktige', 'Delårsrapporten godkänns.'],
    ]);
  });

  it('`Yrkanden i arbetsutskottet` after the decision', () => {
    expect(decisions('Kommunfullmäktiges beslut', 'Delårsrapporten godkänns.', '', 'Yrkanden i arbetsutskottet', 'Eva Kron (V) yrkade att rapporten skulle återremitteras.')).toEqual([
      ['Kommunfullmäktige', 'Delårsrapporten godkänns.'],
    ]);
  });
});
