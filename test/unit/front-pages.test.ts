// A front page whose page number is left on a line of its own before the ANSLAG/BEVIS box
// (plain pdftotext): the box's `Organ` and `Sammanträdesdatum` start no new document, and
// its `Anslag uppsättes: … Anslag nedtages tidigast: …` give the posting. Invented text.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const TEXT = [
  'PROTOKOLL',
  'Styrelsen, Samordningsförbundet Ekdal',
  '',
  'Plats och tid: Kansliet, Ekby 2023-11-24 kl. 09.00-12.00',
  '',
  'Beslutande:',
  'Gun Rehn, ordförande',
  'Per Falk',
  '',
  'Justeringens tid och plats: Förbundets kansli 2023-12-01',
  '',
  'Sekreterare: ………',
  'Lina Ståhl',
  '',
  '2',
  '',
  'ANSLAG/BEVIS',
  '',
  'Organ och §§:',
  'Samordningsförbundet Ekdal',
  '',
  'Sammanträdesdatum: 2023-11-24',
  '',
  'Anslag uppsättes: 2023-12-04 Anslag nedtages tidigast: 2023-12-27',
  '',
  '§ 58 Mötets öppnande',
  'Ordföranden öppnar mötet.',
  '',
  '§ 59 Godkännande av dagordningen',
  'Beslut',
  'Dagordningen godkänns.',
].join('\n');

describe('a front page with its ANSLAG/BEVIS box after a stray page number', () => {
  it('is one document, and the box gives the posting dates', () => {
    const docs = parseText(TEXT).documents;
    expect(docs.map((d) => [d.kind, d.items.map((i) => i.number)])).toEqual([['minutes', [58, 59]]]);
    expect(docs[0]!.signatures?.posted).toEqual({ from: '2023-12-04', to: '2023-12-27' });
    expect(docs[0]!.participants.map((p) => p.name)).toEqual(['Gun Rehn', 'Per Falk']);
  });
});

describe("an organ's own organ", () => {
  it('`Miljönämndens arbetsutskott` meets as the arbetsutskott, not the nämnd', () => {
    const doc = parseText(['SAMMANTRÄDESPROTOKOLL', 'Miljönämndens arbetsutskott', 'Datum 2024-09-12', '', '§ 88 Mötets öppnande', 'Ordföranden öppnar mötet.'].join('\n')).documents[0]!;
    expect(doc.meeting?.body).toBe('arbetsutskott');
  });
});
