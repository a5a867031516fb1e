// Who presents a §: `Ärendet presenteras av Anna Berg.` says it as `Ärendet föredras av …` does; and `Föredragande
// förbundschef Eva Ek` on a line of its own, no colon, names the presenter to the line's end, not into the decision on
// the line under it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const MINUTES = text(
  'PROTOKOLL',
  'Styrelsen Samordningsförbundet Ekby 2024-03-12',
  '',
  '§ 4 Ekonomisk rapport',
  'Ärendet presenteras av Anna Berg.',
  'Styrelsen lägger rapporten till handlingarna.',
  '',
  '§ 5 Delårsrapport',
  'Ärendet presenterades av förbundschef Per Sten.',
  'Styrelsen godkänner delårsrapporten.',
  '',
  '§ 6 Budget',
  'Föredragande förbundschef Eva Ek',
  'Styrelsen godkänner budgeten.',
);

describe('who presents a §', () => {
  const doc = meetingDoc(MINUTES);
  it('is named after `presenteras av`', () => {
    expect(item(doc, 4).presenter).toBe('Anna Berg');
    expect(item(doc, 5).presenter).toBe('Per Sten');
  });
  it("is named to the end of the `Föredragande` line", () => {
    expect(item(doc, 6).presenter).toBe('Eva Ek');
  });
});
