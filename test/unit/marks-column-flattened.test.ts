// A table of members with its attendance columns flattened one column after another: the
// names under `Ledamöter`, then the column heads (`Närvarande`, `Anmält förhinder`) each over
// its marks (`X`, `X, § 3-7`). A mark alone names nobody: no participant called `X`.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a column of marks flattened after the column of names', () => {
  it('makes nobody of a mark alone', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Förbundsstyrelsen, Räddningsförbundet Mitt', 'Datum: 2023-04-20', '',
        'Ledamöter', 'Anna Berg (S)', 'Per Holm (M)', 'Eva Sand (C)', 'Olle Ny (V)',
        'Närvarande', 'X', 'X, § 3-7', 'Anmält förhinder', 'X', '',
        '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.role])).toEqual([
      ['Anna Berg', 'member'],
      ['Per Holm', 'member'],
      ['Eva Sand', 'member'],
      ['Olle Ny', 'member'],
    ]);
  });
});
