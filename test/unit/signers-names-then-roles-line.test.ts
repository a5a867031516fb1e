// Minutes that end with their signers on one line, each name (its party perhaps after it) followed by its role's label:
// a grid of names over their labels, flattened (`Tor Holm (S) Ordförande Anna Sol Sekreterare`), perhaps under the
// signatures' heading (`Underskrifter Tor Holm (S) Ordförande …`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (...signing: string[]): ReturnType<typeof meetingDoc> =>
  meetingDoc(
    text(
      'PROTOKOLL', 'Kommunstyrelsen, Ekby kommun', 'Datum: 2024-05-06', 'Plats: Kommunhuset, Ekby', '',
      'Beslutande', 'Tor Holm (S), ordförande', 'Eva Ek (M)', 'Bo Lind (C)', '',
      '§ 10 Mötets öppnande', 'Ordföranden öppnar mötet.', '',
      '§ 11 Delårsrapport', 'Kommunstyrelsen beslutar att godkänna delårsrapporten.', '',
      ...signing,
    ),
  );
const signers = (doc: ReturnType<typeof meetingDoc>) => [doc.signatures?.chair, doc.signatures?.secretary, doc.signatures?.adjusters];

describe('signers on one line, each name before its label', () => {
  it('two signers, the party after the chair’s name: read, and no longer the last §’s text', () => {
    const doc = minutes('Tor Holm (S) Ordförande Anna Sol Sekreterare');
    expect(signers(doc)).toEqual([['Tor Holm'], ['Anna Sol'], []]);
    expect(doc.items.at(-1)?.text).toBe('Kommunstyrelsen beslutar att godkänna delårsrapporten.');
  });

  it('three signers without parties', () => {
    expect(signers(minutes('Tor Holm Ordförande Anna Sol Sekreterare Eva Ek Justerare'))).toEqual([['Tor Holm'], ['Anna Sol'], ['Eva Ek']]);
  });

  it('under the signatures’ heading, each name keeps the label after it', () => {
    expect(signers(minutes('Underskrifter Tor Holm (S) Ordförande Anna Sol Sekreterare Eva Ek (M) Protokolljusterare'))).toEqual([['Tor Holm'], ['Anna Sol'], ['Eva Ek']]);
  });

  it('a sentence that ends on a role’s word is no signers’ line (guard)', () => {
    const doc = minutes('Mötet leddes av Tor Holm som ordförande');
    expect(doc.signatures?.chair ?? []).toEqual([]);
  });
});
