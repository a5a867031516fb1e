// A municipal company's board lists its managing director by the letters first (`VD Per Ås`,
// `Per Ås, vd`): a position, not a local party's letters, and the list goes on after it (the
// officials under `Övriga närvarande` were all lost). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const doc = meetingDoc(
  text(
    'PROTOKOLL', 'Styrelsen, Östby Energi AB', 'Datum: 2025-03-12', '',
    'Närvarande', 'Okke Sand (S), ordförande', 'Lisa Dahl (M)', '',
    'Övriga närvarande', 'VD Per Ås', 'Ekonomichef Eva Ek', 'Maja Berg, vd', '',
    '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.',
  ),
);

describe('a managing director among the officials', () => {
  it('is read with the position and no party, and the list goes on', () => {
    expect(doc.participants.slice(2).map((p) => [p.name, p.role, p.party, p.position?.toLowerCase() ?? null])).toEqual([
      ['Per Ås', 'other', null, 'vd'],
      ['Eva Ek', 'other', null, 'ekonomichef'],
      ['Maja Berg', 'other', null, 'vd'],
    ]);
  });
});
