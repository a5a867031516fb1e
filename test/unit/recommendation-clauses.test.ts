// A recommendation to another organ opened on a line of its own (`Kommunstyrelsen föreslår
// fullmäktige besluta`) whose clauses are plain sentences, not `att` clauses: under a decision
// heading each sentence is a decision of the organ that recommends, the opening none (also where
// a flattened page runs the first clause on after it, or the clauses are numbered); in the body
// without a heading the clauses are the item's proposal, no decision of this meeting. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const doc = meetingDoc(
  text(
    'PROTOKOLL', 'Kommunstyrelsen, Vättby kommun', 'Sammanträdesdatum 2025-03-11', '',
    'Beslutande Ebba Frost (S), ordförande', '',
    '§ 21 Avgifter för simhallen', '', 'Beslut', 'Kommunstyrelsen föreslår kommunfullmäktige besluta', 'Avgifterna för simhallen höjs med 5 procent.', 'Höjningen gäller från 1 maj.', '',
    '§ 22 Budget 2026', '', 'Beslut', 'Kommunstyrelsen föreslår kommunfullmäktige besluta Budgeten för 2026 fastställs.', '',
    '§ 23 Taxa för tillsyn', '', 'Kommunstyrelsens beslut', 'Kommunstyrelsen föreslår fullmäktige besluta:', '1. Taxan antas.', '2. Taxan gäller från 1 juli.', '',
    '§ 24 Detaljplan för Norra hamnen', '', 'Planen har varit utställd under våren.', 'Kommunstyrelsen föreslår kommunfullmäktige besluta', '',
    'Detaljplanen för Norra hamnen antas.', '', 'Exploateringsavtalet för Norra hamnen godkänns.', '',
    '§ 25 Lokalplan', '', 'Förvaltningen har tagit fram en plan.', 'Kommunstyrelsen föreslår kommunfullmäktige besluta', '', 'Lokalplanen antas.', '',
    'Kommunstyrelsen beslutar att själv fastställa tidplanen.',
  ),
);

const decided = (n: number): [string, string | null][] => item(doc, n).decisions.map((d) => [d.text, d.by]);

describe('the clauses after a recommendation’s opening', () => {
  it('are decisions of the organ that recommends, one a sentence line, under a decision heading', () => {
    expect(decided(21)).toEqual([
      ['Avgifterna för simhallen höjs med 5 procent.', 'Kommunstyrelsen'],
      ['Höjningen gäller från 1 maj.', 'Kommunstyrelsen'],
    ]);
  });

  it('part from the opening a flattened page ran them on with', () => {
    expect(decided(22)).toEqual([['Budgeten för 2026 fastställs.', 'Kommunstyrelsen']]);
  });

  it('leave the opening out where they are numbered', () => {
    expect(decided(23)).toEqual([
      ['Taxan antas.', 'Kommunstyrelsen'],
      ['Taxan gäller från 1 juli.', 'Kommunstyrelsen'],
    ]);
  });

  it('are the proposal, no decision, in the body without a heading', () => {
    const it24 = item(doc, 24);
    expect(it24.decisions).toEqual([]);
    expect(it24.proposal).toBe('Kommunstyrelsen föreslår kommunfullmäktige besluta\n\nDetaljplanen för Norra hamnen antas.\n\nExploateringsavtalet för Norra hamnen godkänns.');
    expect(it24.outcome).toBeNull();
  });

  it('end where the organ decides by itself (guard)', () => {
    const it25 = item(doc, 25);
    expect(it25.proposal).toBe('Kommunstyrelsen föreslår kommunfullmäktige besluta\n\nLokalplanen antas.');
    expect(it25.decisions.map((d) => d.text)).toEqual(['Kommunstyrelsen beslutar att själv fastställa tidplanen.']);
  });
});
