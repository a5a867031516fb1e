// A decision told as where the talk ended (`Diskussionen ledde fram till beslutet att …`, `… vilket mynnade ut i beslutet
// att …`): the item's decision. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const notes = (...body: string[]): string =>
  text('Minnesanteckningar', 'Beredningsgruppen, Samordningsförbundet Ekedal', 'Datum: 3 maj 2022', '', '1. Föregående anteckningar', 'Anteckningarna lades till handlingarna.', '', '2. Verksamhetsplan', ...body);
const decisionsOf = (t: string) => parseText(t).documents[0]!.items[1]!.decisions;

describe('a decision the talk led to', () => {
  it('reads ledde fram till beslutet att', () => {
    expect(decisionsOf(notes('Gruppen gick igenom planen, vilket ledde fram till beslutet att kansliet skriver ett nytt utkast.'))).toHaveLength(1);
  });
  it('reads mynnade ut i beslutet att', () => {
    expect(decisionsOf(notes('Samtalet mynnade ut i beslutet att frågan tas upp i juni.'))).toHaveLength(1);
  });
  it('reads none from the noun without its clause', () => {
    expect(decisionsOf(notes('Gruppen diskuterade vad som ledde fram till beslutet i fjol.'))).toHaveLength(0);
  });
});
