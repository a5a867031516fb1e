// `Styrelsen beslutar att lägga rapporten till handlingarna. Bilaga 2 Ekonomisk rapport`: an attachment's heading (its
// word, number and name) that the extractor ran on after the decision's sentence is no part of the decision; the
// attachment stays the item's. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const MINUTES = text(
  'PROTOKOLL',
  'Styrelsen Samordningsförbundet Ekby 2024-03-12',
  '',
  '§ 4 Ekonomisk rapport',
  'Förbundschefen redovisar ekonomin.',
  'Styrelsen beslutar att lägga rapporten till handlingarna. Bilaga 2 Ekonomisk rapport januari–mars',
  '',
  '§ 5 Delårsrapport',
  'Styrelsen godkänner delårsrapporten. Bilaga 3',
  '',
  '§ 6 Verksamhetsplan',
  'Styrelsen beslutar',
  'att anta verksamhetsplanen. Bilagor 4–5 Verksamhetsplan 2025 och budget',
  'att uppdra åt förbundschefen att följa upp planen.',
  '',
  '§ 7 Avtal',
  'Styrelsen godkänner avtalet enligt bilaga 6.',
);

describe("an attachment's heading run on after a decision", () => {
  const doc = meetingDoc(MINUTES);
  it('is no part of the decision', () => {
    expect(item(doc, 4).decisions.map((d) => d.text)).toEqual(['Styrelsen beslutar att lägga rapporten till handlingarna.']);
    expect(item(doc, 5).decisions.map((d) => d.text)).toEqual(['Styrelsen godkänner delårsrapporten.']);
    expect(item(doc, 6).decisions.map((d) => d.text)).toEqual(['anta verksamhetsplanen.', 'uppdra åt förbundschefen att följa upp planen.']);
  });
  it("stays the item's attachment", () => {
    expect(item(doc, 4).attachments).toEqual(['2']);
    expect(item(doc, 5).attachments).toEqual(['3']);
    expect(item(doc, 6).attachments).toEqual(['4', '5']);
  });
  it('leaves a reference inside the sentence alone', () => {
    expect(item(doc, 7).decisions.map((d) => d.text)).toEqual(['Styrelsen godkänner avtalet enligt bilaga 6.']);
  });
});
