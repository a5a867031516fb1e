// What a decision means or why it was taken, on the line after it with no blank line between (`Beslut: Styrelsen
// fastställer planen.` / `Detta innebär att …`, `Skälet till beslutet är att …`, `Anledningen är att …`): an explanation,
// neither part of the decision nor a clause of its own. A further decision on the next line stays one. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const minutes = (...body: string[]) =>
  meetingDoc(text('PROTOKOLL', 'Styrelsen för Samordningsförbundet Norrby', 'Datum 2024-03-12', '', '§ 6 Verksamhetsplan', 'Förbundschefen redovisade planen.', '', ...body, '', '§ 7 Mötets avslutande', 'Ordföranden avslutade mötet.'));
const decided = (doc: ReturnType<typeof minutes>) => item(doc, 6).decisions.map((d) => [d.by, d.text]);

describe('an explanation after a decision', () => {
  it('after a labelled decision', () => {
    const doc = minutes('Beslut: Styrelsen fastställer planen.', 'Detta innebär att verksamheten fortsätter som tidigare.');
    expect(decided(doc)).toEqual([['Styrelsen', 'Styrelsen fastställer planen.']]);
  });

  it('the reason, under a heading', () => {
    const doc = minutes('Beslut', 'Styrelsen fastställer planen.', 'Skälet till beslutet är att medlemmarna har godkänt ramen.');
    expect(decided(doc)).toEqual([['Styrelsen', 'Styrelsen fastställer planen.']]);
  });

  it('the reason, after a clause', () => {
    const doc = minutes('Styrelsen beslutade:', 'att godkänna planen.', 'Anledningen är att ramen har höjts.');
    expect(decided(doc)).toEqual([['Styrelsen', 'godkänna planen.']]);
  });

  it('not a further decision', () => {
    const doc = minutes('Beslut: Styrelsen fastställer planen.', 'Styrelsen beslutar även att kalla till extra möte.');
    expect(decided(doc)).toEqual([['Styrelsen', 'Styrelsen fastställer planen.'], ['Styrelsen', 'Styrelsen beslutar även att kalla till extra möte.']]);
  });
});
