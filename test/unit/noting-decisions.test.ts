// Minutes and notes whose § ends by taking note of the item, in the past tense or the
// passive (`Styrelsen noterade informationen.`, `Informationen noterades.`, `Informationen
// antecknas.`, `Styrelsen har tagit del av rapporten.`), as a samordningsförbund's or a
// nämnd's secretary writes it: the decision of the body, as `läggs till handlingarna` is.
// Noting a finding (`Styrelsen noterade att …`, `Det noteras att …`) stays none.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc } from './helpers.js';

const HEAD = ['PROTOKOLL', 'Samordningsförbundet Östra Vikdal', 'Styrelsemöte 2024-09-12', '', 'Beslutande', 'Tove Lindqvist (S), ordförande', 'Arvid Sten (M)', ''];
const minutes = (...bodies: string[]): string =>
  [...HEAD, ...bodies.flatMap((b, i) => [`§ ${i + 1}`, `Rapport från verksamheten ${i + 1}`, 'Samordnaren redogör för läget i insatsen.', b, ''])].join('\n');

describe('a § that ends by noting the item', () => {
  const doc = meetingDoc(
    minutes(
      'Styrelsen noterade informationen.',
      'Informationen noterades.',
      'Informationen antecknas.',
      'Styrelsen har tagit del av informationen.',
      'Delårsrapporten togs till protokollet.',
      'Styrelsen noterade att ekonomin är i balans.',
      'Det noteras att fler deltagare har börjat.',
    ),
  );

  it('decides, in the past tense, with the body that noted', () => {
    expect(item(doc, 1).decisions.map((d) => [d.text, d.by])).toEqual([['Styrelsen noterade informationen.', 'Styrelsen']]);
    expect(item(doc, 1).outcome).toBe('noted');
    expect(item(doc, 4).decisions.map((d) => [d.text, d.by])).toEqual([['Styrelsen har tagit del av informationen.', 'Styrelsen']]);
    expect(item(doc, 4).outcome).toBe('noted');
  });

  it('decides in the passive with the item for subject', () => {
    expect(item(doc, 2).decisions.map((d) => d.text)).toEqual(['Informationen noterades.']);
    expect(item(doc, 3).decisions.map((d) => d.text)).toEqual(['Informationen antecknas.']);
    expect(item(doc, 5).decisions.map((d) => d.text)).toEqual(['Delårsrapporten togs till protokollet.']);
    expect(item(doc, 5).outcome).toBe('noted');
  });

  it('leaves a finding noted in the discussion', () => {
    expect(item(doc, 6).decisions).toEqual([]);
    expect(item(doc, 7).decisions).toEqual([]);
  });
});
