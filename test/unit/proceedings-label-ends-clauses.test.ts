// A proceedings label run into its text (`Reservation: …`, `Protokollsanteckning: …`) right
// after the clauses under a decision heading: the proceedings, no clause of the decision nor
// part of a proposal. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const doc = meetingDoc(
  text(
    'PROTOKOLL', 'Miljönämnden, Dalby kommun', 'Datum: 2023-09-20', 'Plats: Rådhuset, Dalby', '',
    'Beslutande', 'Ulla Tegnér (C), ordförande', 'Jonas Vik (S)', 'Mira Holt (SD)', '',
    '§ 31 Tillsynsplan 2024', '', 'Beslut', 'Miljönämnden fastställer tillsynsplanen för 2024.', '',
    'Reservation: Mira Holt (SD) reserverar sig mot beslutet till förmån för eget yrkande.', '',
    'Protokollsanteckning: Jonas Vik (S) lämnar en protokollsanteckning, bilaga 2.', '',
    '§ 32 Avgifter', '', 'Beslut', 'Miljönämnden antar avgifterna.', '', 'Ärendet har beretts av förvaltningen.', '',
  ),
);

describe('a proceedings label after the clauses', () => {
  it('is no decision and no proposal', () => {
    const it31 = item(doc, 31);
    expect(it31.decisions.map((d) => d.text)).toEqual(['Miljönämnden fastställer tillsynsplanen för 2024.']);
    expect(it31.proposal).toBeNull();
  });

  it('is still read as the reservation and the note', () => {
    const it31 = item(doc, 31);
    expect(it31.reservations.map((r) => [r.by, r.parties])).toEqual([[['Mira Holt'], ['SD']]]);
    expect(it31.notes).toEqual(['Jonas Vik (S) lämnar en protokollsanteckning, bilaga 2.']);
  });
});
