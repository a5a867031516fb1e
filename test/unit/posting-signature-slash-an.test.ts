// The anslag block's last label written `Underskrift/an` (a form's "signature(s)": `Underskrift/-er`
// shortened): the label whole, nothing of it a value. Flattened after an empty `Förvaringsplats för
// protokollet` its `/an` was read as where the minutes are kept. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const FLAT = [
  'SAMMANTRÄDESPROTOKOLL Sammanträdesdatum Kommunfullmäktige Tid Plats 18:30-20:00 Folkets hus, Ekby Beslutande Lars Ek (S) (ordförande) Eva Ström (M) Ola Berg (C)',
  'Ordförande Lars Ek (S) Justerare Eva Ström (M) Sekreterare Pia Lund',
  'EKBY KOMMUN ANSLAG/BEVIS Protokollet är justerat. Justeringen har tillkännagivits genom anslag. Styrelse/Nämnd Kommunfullmäktige Sammanträdesdatum Protokollet innehåller paragraferna Datum för överklagan till och med Förvaringsplats för protokollet Underskrift/an',
  '',
  '§ 1 Val av justerare',
  'Eva Ström (M) utses att justera protokollet.',
].join('\n');

const LINES = [
  'EKBY KOMMUN',
  'SAMMANTRÄDESPROTOKOLL',
  'Kommunfullmäktige 2024-03-11',
  '',
  'Plats och tid   Folkets hus, Ekby, kl 18.30-20.00',
  'Beslutande      Lars Ek (S), ordförande',
  '                Eva Ström (M)',
  'Sekreterare     Pia Lund',
  '',
  'ANSLAG/BEVIS',
  'Förvaringsplats för protokollet   Kommunkansliet',
  'Underskrift/an',
  '                                  Pia Lund',
  '',
  '§ 1 Val av justerare',
  'Eva Ström (M) utses att justera protokollet.',
].join('\n');

describe('`Underskrift/an` in the anslag block', () => {
  it('is a label, not the place where the minutes are kept (a page flattened)', () => {
    const doc = parse(FLAT).documents[0]!;
    expect(doc.signatures?.storedAt).toBeNull();
  });

  it('keeps the place before it and the signer under it (a label a line)', () => {
    const doc = parse(LINES).documents[0]!;
    expect(doc.signatures?.storedAt).toBe('Kommunkansliet');
    expect(JSON.stringify(doc)).not.toContain('/an');
  });
});
