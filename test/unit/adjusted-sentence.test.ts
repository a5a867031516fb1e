// Minutes adjusted digitally that say so in one sentence after the last § (`Protokollet har
// justerats digitalt av Anna Holm (ordförande) och Bo Ek (justerare) 2025-03-19.`): the signers
// in the roles their brackets give and the day (signatures were null). `Protokollet justeras av …`
// in a § (the future: an election) says nothing of that kind. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (...end: string[]) =>
  meetingDoc(
    text(
      'PROTOKOLL', 'Styrelsen, Samordningsförbundet Östby', 'Datum: 2025-03-12', 'Plats: Kansliet', '',
      '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.', '',
      '§ 2 Budget 2026', 'Styrelsen beslutar att fastställa budgeten.', '',
      ...end,
    ),
  );

describe('an adjustment said in a sentence', () => {
  it('gives the signers in their roles and the day', () => {
    const doc = minutes('Protokollet har justerats digitalt av Anna Holm (ordförande) och Bo Ek (justerare)', '2025-03-19.');
    expect(doc.signatures).toMatchObject({ chair: ['Anna Holm'], secretary: [], adjusters: ['Bo Ek'], adjustedOn: '2025-03-19' });
  });

  it('makes adjusters of signers without a bracket', () => {
    const doc = minutes('Protokollet justerades den 2025-03-20 av Lisa Dahl och Per Ås.');
    expect(doc.signatures).toMatchObject({ chair: [], adjusters: ['Lisa Dahl', 'Per Ås'], adjustedOn: '2025-03-20' });
  });

  it('is not the election of adjusters', () => {
    const doc = minutes('§ 3 Val av justerare', 'Protokollet justeras av Lisa Dahl.');
    expect(doc.signatures?.adjustedOn ?? null).toBeNull();
  });
});
