// Minutes whose last page ends with `Justerandes signatur` over the adjusters' names: the
// label goes as page furniture, and the names alone stand after the last § decision. Names
// alone after a decision that ended with a full stop are no decision; a list that a decision
// announces with a colon (`Till ombud utses:` / names) stays its part. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc } from './helpers.js';

const pages = [
  '§ 8 Budget\nBeslut\nStyrelsen antar budgeten.\n',
  '§ 9 Ombud\nBeslut\nTill ombud utses:\n\nLisa Moberg\nAxel Rehn\n',
  '§ 10 Mötets avslutande\nBeslut\nMötet avslutas.\n\nJusterandes signatur\n\nLisa Moberg   Axel Rehn\n',
];
const doc = meetingDoc(
  'PROTOKOLL\nStyrelsen, Samordningsförbundet Norra Dal\nDatum: 2024-04-10\nPlats: Kansliet, Dalby\n\nBeslutande\nLisa Moberg (S), ordförande\nAxel Rehn (M)\n\n' +
    pages.map((p) => `\f${p}\nJusterandes signatur    Utdragsbestyrkande\n\n`).join(''),
);

describe('names after the last decision', () => {
  it('are no decision', () => {
    expect(item(doc, 10).decisions.map((d) => d.text)).toEqual(['Mötet avslutas.']);
  });

  it('still belong to a list the decision announces (guard)', () => {
    expect(item(doc, 9).decisions.map((d) => d.text)).toEqual(['Till ombud utses:\nLisa Moberg Axel Rehn']);
  });
});
