// A flattened page of minutes whose decisions are `att` clauses under a heading in a column of its own (`Direktionen
// beslutar`), the heading lost: the clause runs on after the case's text, its `att` in lower case opening a sentence
// (`Per Ek informerar om läget. att ta informationen till dagens protokoll`). It is the §'s decision; an `att` after an
// abbreviation's stop (`bl.a. att`) is a sentence's word. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const TEXT = `Direktionsprotokoll

Transkript

1 Plats och tid Västby, kl Beslutande Eva Strand (S) ordförande Bo Alm (C) Övriga Karin Lund, förbundssekreterare

2 § 24 Turismens utveckling Per Ek informerar om sommarens besökare. Det var fler än förra året. att ta informationen till dagens protokoll § 25 Ekonomisk uppföljning Kansliet redovisar utfallet. att godkänna uppföljningen § 26 Turismen Per Ek redovisar bl.a. att besökarna ökat. § 27 Budget Direktionen godkänner budgeten. att notera informationen
`;

describe('an att clause after the case’s text, its heading lost', () => {
  it('is the §’s decision, none after an abbreviation, and none more where the paragraph decides already', () => {
    const doc = meetingDoc(TEXT);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [24, 'Turismens utveckling'],
      [25, 'Ekonomisk uppföljning'],
      [26, 'Turismen'],
      [27, 'Budget'],
    ]);
    expect(doc.items.map((i) => i.decisions.map((d) => [d.text.slice(0, 30), d.by]))).toEqual([
      [['ta informationen till dagens p', null]],
      [['godkänna uppföljningen', null]],
      [],
      [['Direktionen godkänner budgeten', 'Direktionen']],
    ]);
  });
});
