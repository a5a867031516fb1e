// A decision in the impersonal present that opens its sentence (`Beslutas att …`, `Det beslutas att …`, `Beslutas enligt
// förslaget`) or the noun with the proposal it adopts (`Beslut enligt förslag.`): the item's decision; the verb with its agent
// (`Ärendet beslutas av fullmäktige`) or a proposal's is none. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const decisionsOf = (sentence: string) =>
  parseText(text('Protokoll', 'Valnämnden', 'Sammanträde 2022-03-04', '', '§ 1 Rapport om förtidsröstning', sentence, '', '§ 2 Övrigt', 'Inga övriga frågor.')).documents[0]!.items[0]!.decisions;

describe('an impersonal decision', () => {
  it('reads Beslutas att', () => {
    expect(decisionsOf('Beslutas att godkänna rapporten.')).toHaveLength(1);
  });
  it('reads Det beslutas att', () => {
    expect(decisionsOf('Det beslutas att frågan tas upp igen i maj.')).toHaveLength(1);
  });
  it('reads Beslutas enligt förslaget and Beslut enligt förslag', () => {
    expect(decisionsOf('Beslutas enligt förslaget.')).toHaveLength(1);
    expect(decisionsOf('Beslut enligt arbetsutskottets förslag.')).toHaveLength(1);
  });
  it('reads none where another decides or it is proposed', () => {
    expect(decisionsOf('Ärendet beslutas av fullmäktige i maj.')).toHaveLength(0);
    expect(decisionsOf('Förslag till beslut: Beslutas att godkänna rapporten.')).toHaveLength(0);
  });
});
