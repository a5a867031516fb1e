// A sentence that proposes, run on after the body under a decision's label (`Beslut: Gruppen föreslår styrelsen att …`,
// as a preparing group's notes write what it sends on): the proposal is the sentence, without the label.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const NOTES = `Minnesanteckningar från arbetsgruppens möte 2024-10-02

Närvarande: Tova Rundkvist (Försäkringskassan), Ivar Meling (Arbetsförmedlingen), Disa Kvarn (förbundschef)

1. Föregående anteckningar
Anteckningarna lades till handlingarna.

2. Ansökan om medel för projektet Bron
Disa Kvarn redogjorde för ansökan. Gruppen ställer sig bakom den.
Beslut: Arbetsgruppen föreslår styrelsen att bevilja 220 000 kr för 2025.

3. Övriga frågor
Inga övriga frågor.
`;

describe('a proposing sentence under a decision label', () => {
  it('is the proposal without the label', () => {
    const item = meetingDoc(NOTES).items.find((i) => i.number === 2)!;
    expect(item.proposal).toBe('Arbetsgruppen föreslår styrelsen att bevilja 220 000 kr för 2025.');
  });

  it('keeps a proposal with no label as it is written', () => {
    const text = NOTES.replace('Beslut: Arbetsgruppen', 'Arbetsgruppen');
    const item = meetingDoc(text).items.find((i) => i.number === 2)!;
    expect(item.proposal).toBe('Arbetsgruppen föreslår styrelsen att bevilja 220 000 kr för 2025.');
  });
});
