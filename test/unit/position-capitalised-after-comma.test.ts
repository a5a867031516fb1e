// A list of staff one a line, `Name, Position` with the position capitalised (`Tea Holm,
// Sekreterare` / `Nils Berg, Ekonom`): the signer's word after the comma is the person's
// position, no label run on at the line's end whose value is the next name. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = text(
  'PROTOKOLL',
  'Samordningsförbundet Mellandal',
  '',
  'Plats och tid: Hotell Sjöbris, Lidby 2016-12-16 kl. 09.00-12.00',
  '',
  'Beslutande: Ingrid Tholin, ordförande',
  'Karl Ekdahl',
  '',
  'Övriga deltagande: Rolf Sand, Förbundschef',
  'Tea Holm, Sekreterare',
  'Nils Berg, Ekonom',
  '',
  '§ 84 Mötets öppnande',
  'Ordföranden öppnade mötet.',
);

describe('a capitalised position after the comma', () => {
  it('is the person’s position, and the next name signs nothing (the list’s secretary is the secretary)', () => {
    const doc = meetingDoc(minutes);
    expect(doc.participants.filter((p) => p.role === 'other').map((p) => [p.name, p.position])).toEqual([
      ['Rolf Sand', 'förbundschef'],
      ['Tea Holm', 'sekreterare'],
      ['Nils Berg', 'ekonom'],
    ]);
    // (no signing names a secretary: the one the list names so is the secretary, SCHEMA's `sekreterare`)
    expect(doc.signatures?.secretary ?? []).toEqual(['Tea Holm']);
  });
});
