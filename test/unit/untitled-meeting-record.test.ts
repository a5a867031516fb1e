// The record of a meeting under no kind's word (`Styrelsemöte` / `Datum: …` / `Plats: …`, then
// numbered points whose text decides: `Styrelsen beslutar att …`): notes, with its points and
// decisions; it was `other` and lost them all. The same layout with nothing decided stays an
// agenda. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const HEAD = text('Styrelsemöte', 'Samordningsförbundet Västerdal', 'Datum: 2024-05-02', 'Plats: Kansliet', '');

describe('a meeting record with no kind word in its title', () => {
  // (round 58: minutes, as a protokoll keeps what was decided; until then notes)
  it('numbered points that decide: minutes', () => {
    const [doc] = parseText(
      HEAD +
        text('1. Mötets öppnande', 'Ordföranden öppnade mötet.', '', '2. Budget 2025', 'Styrelsen beslutar att godkänna budgeten.', '', '3. Övriga frågor', 'Inga övriga frågor.'),
    ).documents;
    expect(doc!.kind).toBe('minutes');
    expect(doc!.meeting?.date).toBe('2024-05-02');
    expect(doc!.items.map((i) => [i.number, i.title, i.decisions.map((d) => d.text)])).toEqual([
      [1, 'Mötets öppnande', []],
      [2, 'Budget 2025', ['Styrelsen beslutar att godkänna budgeten.']],
      [3, 'Övriga frågor', []],
    ]);
  });

  it('numbered points that take only the decisions every record takes (the agenda, a question put off): notes', () => {
    const [doc] = parseText(
      HEAD +
        text('1. Dagordning', 'Dagordningen godkändes.', '', '2. Lokalfrågan', 'Gruppen diskuterade förslagen. Frågan bordlades.', '', '3. Föregående anteckningar', 'Anteckningarna lades till handlingarna.'),
    ).documents;
    expect(doc!.kind).toBe('notes');
  });

  it('points that decide a matter beside the agenda, in the past: minutes', () => {
    const [doc] = parseText(
      HEAD + text('1. Dagordning', 'Dagordningen godkändes.', '', '2. Hyresavtal', 'Styrelsen beslöt att förlänga avtalet med ett år.', '', '3. Övrigt', 'Inget övrigt.'),
    ).documents;
    expect(doc!.kind).toBe('minutes');
  });

  it('numbered points and nothing decided: an agenda', () => {
    const [doc] = parseText(HEAD + text('1. Mötets öppnande', '2. Budget 2025', '3. Övriga frågor')).documents;
    expect(doc!.kind).toBe('notice');
  });
});
