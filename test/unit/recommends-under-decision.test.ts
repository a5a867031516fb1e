// Under a decision heading (`Beslut`, `Arbetsutskottets beslut`), an organ's first clause that recommends
// (`Arbetsutskottet föreslår kommunstyrelsen besluta att …`) says the organ decided to propose: its clauses
// are its decisions and, together, the item's proposal, as `Beslut – Förslag till kommunfullmäktige` says
// in a heading; the recommending line itself only opens them and is no decision. A plain decision under
// the heading proposes nothing. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const doc = meetingDoc(
  text(
    'PROTOKOLL', 'Kommunstyrelsens arbetsutskott', 'Sammanträdesdatum 2024-03-12', '',
    'Beslutande Anna Ek (S), ordförande', '',
    '§ 12 Budget 2025', '', 'Beslut', 'Arbetsutskottet föreslår kommunstyrelsen besluta', '', 'att anta budgeten för 2025,', '',
    'att uppdra åt förvaltningen att följa upp budgeten.', '',
    '§ 13 Information', '', 'Beslut', 'Arbetsutskottet noterar informationen.',
  ),
);

describe('a recommendation under a decision heading', () => {
  it('is the item\'s proposal, decided by the organ that recommends', () => {
    const item = doc.items[0]!;
    expect(item.proposal).toBe('Arbetsutskottet föreslår kommunstyrelsen besluta att anta budgeten för 2025, att uppdra åt förvaltningen att följa upp budgeten.');
    expect(item.decisions.map((d) => [d.text, d.by])).toEqual([
      ['anta budgeten för 2025', 'Arbetsutskottet'],
      ['uppdra åt förvaltningen att följa upp budgeten.', 'Arbetsutskottet'],
    ]);
  });

  it('leaves a plain decision under the heading without a proposal (guard)', () => {
    expect(doc.items[1]!.proposal).toBeNull();
  });
});
