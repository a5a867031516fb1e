// A remark on how a decision was made, on a line of its own under `att` clauses written without
// a full stop (`att lägga den till handlingarna` / `Beslutet är enhälligt.`): no part of the
// last clause, and no decision. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc } from './helpers.js';

describe('a remark line after the clauses', () => {
  it('is dropped from the last clause', () => {
    const doc = meetingDoc(
      ['PROTOKOLL', 'Styrelsen Samordningsförbundet Norrvik', '2023-05-09', '', '§ 4 Rapport', 'Styrelsen beslutar', 'att godkänna rapporten', 'att lägga den till handlingarna', 'Beslutet är enhälligt.'].join('\n'),
    );
    expect(item(doc, 4).decisions.map((d) => d.text)).toEqual(['godkänna rapporten', 'lägga den till handlingarna']);
  });
});
