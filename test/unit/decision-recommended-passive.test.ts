// `Revisorerna tillstyrker att styrelsen beviljas ansvarsfrihet`: the passive of a recommendation by
// others (the auditors, a nominating committee) names what the meeting may decide, no decision of it,
// as the item on the annual report of a samordningsförbund tells it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { findDecisions } from '../../src/parse/decisions/decisions.js';
import { parasOf } from './helpers.js';

const decided = (body: string, own: string | null = null) => findDecisions(parasOf(body), own).map((d) => [d.text, d.by]);

describe('a passive under a recommendation', () => {
  it('the auditors recommend: no decision', () => {
    expect(decided('Revisorerna har granskat förbundets verksamhet 2023.\nRevisorerna tillstyrker att styrelsen beviljas ansvarsfrihet för verksamhetsåret.')).toEqual([]);
  });

  it('the decision after the recommendation is read', () => {
    expect(decided('Revisorerna tillstyrker att årsredovisningen godkänns.\n\nStyrelsen godkänner årsredovisningen för 2023.')).toEqual([['Styrelsen godkänner årsredovisningen för 2023.', 'Styrelsen']]);
  });

  it('a nominating committee that recommends an election: no decision', () => {
    expect(decided('Valberedningen förordar att Eva Ek väljs till ordförande.')).toEqual([]);
  });

  it('the organ that meets decides by recommending', () => {
    expect(decided('Styrelsen tillstyrker att motionen bifalls.')).toEqual([['Styrelsen tillstyrker att motionen bifalls.', 'Styrelsen']]);
  });
});
