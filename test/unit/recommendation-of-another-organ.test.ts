// Under a decision heading in a kommunstyrelse's minutes, the first clause an organ other
// than the one meeting recommends (`Beslut` / `Arbetsutskottet föreslår kommunstyrelsen att …`):
// the arbetsutskott's recommendation quoted, the item's proposal but no decision of this
// meeting (SCHEMA: a recommendation is a proposal). Where the meeting's own organ recommends to
// the council (`Kommunstyrelsens beslut` / `Kommunstyrelsen föreslår kommunfullmäktige att …`) it
// decided to propose: a decision and the proposal, as before. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const doc = meetingDoc(
  text(
    'PROTOKOLL', 'Kommunstyrelsen, Åsby kommun', 'Datum: 2024-02-06', 'Plats: Kommunhuset, Åsby', '',
    'Beslutande', 'Lars Kvist (S), ordförande', 'Nora Falk (M)', '',
    '§ 14 Detaljplan för Lunden 3', '', 'Beslut', 'Arbetsutskottet föreslår kommunstyrelsen att anta detaljplanen för Lunden 3.', '',
    '§ 15 Skattesats 2025', '', 'Kommunstyrelsens beslut', 'Kommunstyrelsen föreslår kommunfullmäktige att fastställa skattesatsen till 21,90 kronor.', '',
  ),
);

describe('a recommendation under a decision heading', () => {
  it('of another organ is the proposal only', () => {
    const it14 = item(doc, 14);
    expect(it14.decisions).toEqual([]);
    expect(it14.proposal).toBe('Arbetsutskottet föreslår kommunstyrelsen att anta detaljplanen för Lunden 3.');
  });

  it('of the meeting\'s own organ is its decision and the proposal (guard)', () => {
    const it15 = item(doc, 15);
    expect(it15.decisions.map((d) => [d.text, d.by])).toEqual([['Kommunstyrelsen föreslår kommunfullmäktige att fastställa skattesatsen till 21,90 kronor.', 'Kommunstyrelsen']]);
    expect(it15.proposal).toBe('Kommunstyrelsen föreslår kommunfullmäktige att fastställa skattesatsen till 21,90 kronor.');
  });
});
