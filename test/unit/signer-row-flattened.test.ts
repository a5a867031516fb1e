// A table of signers flattened without its column gaps: the labels in one row and the
// names in the next (or on the same line), one space between them all. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const HEAD = text('PROTOKOLL', 'Miljönämnden', 'Sammanträdesdatum 2025-02-04', '');
const ITEMS = text('', '§ 1 Val av justerare', 'Tova Sundin utses att justera.', '', '§ 2 Rapporter', 'Rapporterna läggs till handlingarna.', '');

describe('a flattened row of signer labels and their names', () => {
  it('labels in one row, the names in the next: paired in order', () => {
    const doc = meetingDoc(HEAD + text('Underskrifter', 'Sekreterare Ordförande Justerande', 'Gunnel Ask Henrik Vall (C) Tova Sundin (L)') + ITEMS);
    expect(doc.signatures).toMatchObject({ secretary: ['Gunnel Ask'], chair: ['Henrik Vall'], adjusters: ['Tova Sundin'] });
  });

  it('labels and names all on one line', () => {
    const doc = meetingDoc(HEAD + text('Underskrifter', 'Ordförande Sekreterare Justerare Henrik Vall (C) Gunnel Ask Tova Sundin (L)') + ITEMS);
    expect(doc.signatures).toMatchObject({ secretary: ['Gunnel Ask'], chair: ['Henrik Vall'], adjusters: ['Tova Sundin'] });
  });

  it('one name more than labels: the adjusters take two', () => {
    const doc = meetingDoc(HEAD + text('Underskrifter', 'Sekreterare Ordförande Justerare', 'Gunnel Ask Henrik Vall (C) Tova Sundin (L) Rasmus Holt (M)') + ITEMS);
    expect(doc.signatures).toMatchObject({ secretary: ['Gunnel Ask'], chair: ['Henrik Vall'], adjusters: ['Tova Sundin', 'Rasmus Holt'] });
  });

  it('names the lexicon does not know: two capitalised words a name', () => {
    const doc = meetingDoc(HEAD + text('Underskrifter Sekreterare Ordförande Justerande', 'Gunnel Ask Hjalmer Vall Tuva Sundin') + ITEMS.replace(/Tova/gu, 'Tuva'));
    expect(doc.signatures).toMatchObject({ secretary: ['Gunnel Ask'], chair: ['Hjalmer Vall'], adjusters: ['Tuva Sundin'] });
  });

  it('the same row at the end, after the items', () => {
    const doc = meetingDoc(HEAD + text('Närvarande', 'Henrik Vall (C), ordförande', 'Tova Sundin (L)') + ITEMS + text('Sekreterare Ordförande Justerare', 'Gunnel Ask Henrik Vall (C) Tova Sundin (L)'));
    expect(doc.signatures).toMatchObject({ secretary: ['Gunnel Ask'], chair: ['Henrik Vall'], adjusters: ['Tova Sundin'] });
    expect(doc.items.at(-1)?.text).not.toContain('Gunnel');
  });

  it('a name of four words is two the splitter did not know: no pairing of two labels with three names', () => {
    const doc = meetingDoc(HEAD + text('Närvarande', 'Henrik Vall (C), ordförande', 'Tova Sundin (L)') + ITEMS + text('Vid protokollet Justeras', 'Gunnel Ask Henrik Vall Tova Sundin'));
    expect(doc.signatures?.adjusters).not.toContain('Henrik Vall Tova Sundin');
  });
});
