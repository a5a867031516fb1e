// `AU:s förslag:` / `KS:s förslag till beslut:` over an agenda point's proposal: an abbreviated organ's genitive keeps
// its colon (`AU:s`), and the label is still the proposal's, as `Arbetsutskottets förslag:` is. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const NOTICE = text(
  'KALLELSE',
  'Styrelsen för Samordningsförbundet Ekdal kallas till sammanträde 2024-04-10 kl. 09.00',
  '',
  'Föredragningslista',
  '1. Budget 2025',
  'AU:s förslag: Styrelsen fastställer budgeten för 2025.',
  '2. Verksamhetsplan 2025',
  'Arbetsutskottets förslag: Styrelsen antar verksamhetsplanen.',
  '3. Ekonomisk rapport',
  'AU:s förslag till beslut: Styrelsen lägger rapporten till handlingarna.',
  '4. Delårsrapport',
  'KS:s förslag: Godkänna delårsrapporten.',
);

describe("an abbreviated organ's genitive before `förslag`", () => {
  const doc = meetingDoc(NOTICE);
  it('labels the proposal after its colon', () => {
    expect(item(doc, 1).proposal).toBe('Styrelsen fastställer budgeten för 2025.');
    expect(item(doc, 4).proposal).toBe('Godkänna delårsrapporten.');
  });
  it('leaves the label out of a proposal `förslag till beslut` marks', () => {
    expect(item(doc, 3).proposal).toBe('Styrelsen lägger rapporten till handlingarna.');
  });
  it('reads the spelt-out genitive as before', () => {
    expect(item(doc, 2).proposal).toBe('Styrelsen antar verksamhetsplanen.');
  });
});
