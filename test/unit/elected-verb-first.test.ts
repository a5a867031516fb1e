// Adjusters elected in a sentence that opens on the verb (`Utsågs ordföranden Tove Lind att jämte Ola Berg justera
// dagens protokoll`, `Valdes ledamoten Siv Holm till justerare`): the elected after the verb, the chair named by the office
// signing as chair, the one named beside (`jämte Ola Berg`) an adjuster too. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const minutes = (...election: string[]): string =>
  text('PROTOKOLL', 'Styrelsen för Samordningsförbundet Ekedal', 'Datum: 2022-04-07', 'Plats: Förbundets kansli, Ekeby', '', '§ 1 Mötets öppnande', 'Mötet öppnades.', '', '§ 2 Val av justerare', ...election, '', '§ 3 Ekonomi', 'Förbundschefen redovisade utfallet.');
const first = (t: string) => parseText(t).documents[0]!;

describe('an election told verb first', () => {
  it('reads the chair by the office and the adjuster beside', () => {
    const d = first(minutes('Utsågs ordföranden Tove Lind att jämte Ola Berg justera dagens protokoll.'));
    expect(d.signatures!.adjusters).toEqual(['Ola Berg']);
    expect(d.signatures!.chair).toEqual(['Tove Lind']);
    expect(d.items[1]!.decisions).toHaveLength(1);
  });
  it('reads the elected of a plain verb-first sentence', () => {
    const d = first(minutes('Valdes ledamoten Siv Holm till justerare.'));
    expect(d.signatures!.adjusters).toEqual(['Siv Holm']);
    expect(d.items[1]!.decisions).toHaveLength(1);
  });
  it('reads both where neither is the chair', () => {
    const d = first(minutes('Rut Ahl utsågs att jämte Kai Moberg justera protokollet.'));
    expect(d.signatures!.adjusters).toEqual(['Rut Ahl', 'Kai Moberg']);
  });
  it('reads none from a verb first that elects to something else', () => {
    const d = first(minutes('Utsågs ordföranden Tove Lind att leda arbetsgruppen.'));
    expect(d.signatures?.adjusters ?? []).toEqual([]);
  });
});
