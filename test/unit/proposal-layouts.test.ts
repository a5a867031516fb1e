// Proposals in layouts of agendas beyond the seeds (SCHEMA.md "Item", proposal): invented texts.
import { describe, expect, it } from 'vitest';
import { findProposal } from '../../src/parse/decisions/proposal.js';
import { parasOf } from './helpers.js';

describe('a proposal written as one bullet under its heading', () => {
  it('`Kommunstyrelsens förslag till beslut` / `- Informationen noteras.`: no bullet in the proposal', () => {
    expect(findProposal(parasOf('Kommunstyrelsens förslag till beslut\n- Informationen noteras.\n\nBeskrivning av ärendet\nRapporten bifogas.'))).toBe('Informationen noteras.');
  });
  it('bullets of a list of several clauses are kept as written', () => {
    expect(findProposal(parasOf('Förslag till beslut\n- Planen antas.\n\n- Budgeten fastställs.'))).toBe('- Planen antas.\n\n- Budgeten fastställs.');
  });
});
