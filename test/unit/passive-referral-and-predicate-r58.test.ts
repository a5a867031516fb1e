// Terse association minutes tell a decision in the passive without `att`: a question referred to the board
// (`Frågan hänsköts till styrelsen`), and the decided as the passive's predicate (`Avgiften beslöts vara oförändrad`,
// `Mötet beslutades vara stadgeenligt utlyst`). They were none. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const minutes = (...lines: string[]) =>
  meetingDoc(text('Protokoll fört vid årsmöte i Björkby Vägförening', 'Datum: 2021-04-11', 'Plats: Bygdegården', '', ...lines));

describe('passive decisions without `att`', () => {
  it('reads a referral to the board as a decision, the referred question before or after the verb', () => {
    const doc = minutes('§ 9 Motioner', 'Motionen om farthinder hänsköts till styrelsen för utredning.', '', '§ 10 Övriga frågor', 'Till styrelsen hänskjuts frågan om snöröjningen.', '', '§ 11 Avslutning');
    expect(item(doc, 9).decisions).toHaveLength(1);
    expect(item(doc, 10).decisions).toHaveLength(1);
  });

  it('reads the decided as the passive predicate (`beslöts vara`, `beslutades vara`)', () => {
    const doc = minutes('§ 3 Utlysning', 'Årsmötet beslutades vara stadgeenligt utlyst.', '', '§ 12 Andelsavgift', 'Andelsavgiften beslöts vara 400 kr per fastighet.', '', '§ 13 Avslutning');
    expect(item(doc, 3).decisions).toHaveLength(1);
    expect(item(doc, 12).decisions).toHaveLength(1);
  });
});
