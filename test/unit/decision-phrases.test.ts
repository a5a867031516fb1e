// More ways minutes state what the meeting decided: an organ that stands behind a proposal
// (`Styrelsen ställde sig bakom förslaget`), and an election to an office other than the
// meeting's own (`Till firmatecknare utsågs …`, `Till representant i … valdes …`). A Finnish
// proposal whose label names who proposes on its own line (`Förslag: Kommundirektör Okke
// Lind` / `Kommunstyrelsen antecknar …`) proposes only what follows. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const doc = meetingDoc(
  text(
    'PROTOKOLL', 'Styrelsen, Samordningsförbundet Norrdal', 'Datum: 2026-01-20', '',
    '§ 1 Verksamhetsplan', 'Förbundschefen presenterade planen. Styrelsen ställde sig bakom förslaget.', '',
    '§ 2 Firmatecknare', 'Till firmatecknare utsågs Okke Lind och Anna Ek.', '',
    '§ 3 Arbetsgrupp', 'Till representant i arbetsgruppen valdes Lisa Dahl.', '',
    '§ 4 Remiss', 'Arbetsutskottet föreslår att styrelsen ställer sig bakom remissvaret.', '',
    '§ 5 Budgetuppföljning', 'Förslag: Kommundirektör Okke Lind', 'Styrelsen antecknar budgetuppföljningen för kännedom.', '', 'Beslut:', 'Förslaget godkändes.',
  ),
);

describe('decisions stated in other words', () => {
  it('reads an organ that stands behind a proposal as deciding, and the § as approved', () => {
    const p = item(doc, 1);
    expect(p.decisions.map((d) => [d.text, d.by])).toEqual([['Styrelsen ställde sig bakom förslaget.', 'Styrelsen']]);
    expect(p.outcome).toBe('approved');
  });

  it('reads elections to other offices', () => {
    expect(item(doc, 2).decisions.map((d) => d.text)).toEqual(['Till firmatecknare utsågs Okke Lind och Anna Ek.']);
    expect(item(doc, 3).decisions.map((d) => d.text)).toEqual(['Till representant i arbetsgruppen valdes Lisa Dahl.']);
  });

  it('leaves a proposal to stand behind something a proposal (guard)', () => {
    expect(item(doc, 4).decisions).toEqual([]);
    expect(item(doc, 4).proposal).toBe('Arbetsutskottet föreslår att styrelsen ställer sig bakom remissvaret.');
  });

  it('keeps who proposes out of the proposal on the label’s line', () => {
    expect(item(doc, 5).proposal).toBe('Styrelsen antecknar budgetuppföljningen för kännedom.');
    expect(item(doc, 5).decisions.map((d) => d.text)).toEqual(['Förslaget godkändes.']);
  });
});
