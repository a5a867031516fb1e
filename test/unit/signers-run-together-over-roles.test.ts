// Signatures as Swedish-language Finnish minutes print them, after an extractor dropped the
// column gaps: `Underskrifter Mats Lund Pia Ek` over `ordförande sekreterare` (the names run
// together over their role words in lower case), then `Protokolljusterare Kim Salo Tove Vik`
// (a label no name is part of). Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const signaturesOf = (text: string) => parse(text).documents[0]!.signatures;

describe('signers run together over their role words', () => {
  it('gives each name the role under it, and the adjusters their label', () => {
    const text = [
      'PROTOKOLL',
      'Byggnadsnämnden',
      'Sammanträdestid 12.4.2022 kl. 18.00 - 19.30',
      'Närvarande Frida Holm ordförande',
      'Underskrifter Frida Holm Jonas Berg',
      'ordförande sekreterare',
      'Protokolljusterare Kim Salo Tove Vik',
      '',
    ].join('\n');
    expect(signaturesOf(text)).toMatchObject({ chair: ['Frida Holm'], secretary: ['Jonas Berg'], adjusters: ['Kim Salo', 'Tove Vik'] });
  });

  it('reads the two rows run together on one line, the names first and their role words after them', () => {
    const text = ['PROTOKOLL', 'Byggnadsnämnden', 'Underskrifter Frida Holm Jonas Berg ordförande sekreterare Protokolljusterare Kim Salo Tove Vik', ''].join('\n');
    expect(signaturesOf(text)).toMatchObject({ chair: ['Frida Holm'], secretary: ['Jonas Berg'], adjusters: ['Kim Salo', 'Tove Vik'] });
  });

  it('leaves names over capitalised labels to the names under those labels', () => {
    const text = ['PROTOKOLL', 'Vid protokollet', 'Sara Lind', 'Justeras Ordförande', 'Kim Salo Frida Holm', ''].join('\n');
    const s = signaturesOf(text);
    expect(s?.chair).toEqual(['Frida Holm']);
    expect(s?.adjusters).toEqual(['Kim Salo']);
  });
});
