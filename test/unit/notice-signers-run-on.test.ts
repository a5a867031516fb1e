// A notice signed by names each before its role's label, run on at the end of one line after the agenda's last point, a
// greeting or a date (`6. Avslutning Välkomna! Anna Ek Ordförande Per Ås Sekreterare`), which the reflow cut at each label;
// the same with a comma after each name, and the names after the last point over a line of their labels. Every text is
// invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const head = ['KALLELSE', 'Styrelsen för Samordningsförbundet Ekvik kallas till sammanträde', 'Tid: Torsdagen den 12 mars 2020 kl. 09.00–12.00', 'Plats: Kommunhuset, Ekvik', 'Ärenden', '1. Mötets öppnande', '2. Val av justerare', '3. Ekonomisk rapport'];

describe('notice signers run on after the last point', () => {
  it('reads the names before their labels after a greeting on the last point’s line', () => {
    const doc = meetingDoc(text(...head, '4. Mötets avslutande Välkomna! Greta Lund Ordförande Arvid Ny Sekreterare'));
    expect(doc.kind).toBe('notice');
    expect(doc.signatures).toMatchObject({ chair: ['Greta Lund'], secretary: ['Arvid Ny'] });
  });

  it('reads them after a place and date, the secretary’s title a compound', () => {
    const doc = meetingDoc(text(...head, '4. Övriga frågor Ekvik 2020-03-02 Greta Lund Ordförande Arvid Ny Förbundssekreterare'));
    expect(doc.signatures).toMatchObject({ chair: ['Greta Lund'], secretary: ['Arvid Ny'] });
  });

  it('reads them with a comma after each name, as another body writes it', () => {
    const doc = meetingDoc(text(...head, '4. Övriga frågor', '', 'Välkommen! Greta Lund, ordförande Arvid Ny, sekreterare'));
    expect(doc.signatures).toMatchObject({ chair: ['Greta Lund'], secretary: ['Arvid Ny'] });
  });

  it('pairs the names after the last point with the labels under them, in order', () => {
    const doc = meetingDoc(text(...head, '4. Övriga frågor Greta Lund Arvid Ny', 'Ordförande Sekreterare'));
    expect(doc.signatures).toMatchObject({ chair: ['Greta Lund'], secretary: ['Arvid Ny'] });
  });

  it('leaves a point that ends on a label with no names before it alone', () => {
    const doc = meetingDoc(text(...head, '4. Val av ordförande och sekreterare'));
    expect(doc.signatures?.chair ?? []).toEqual([]);
    expect(doc.signatures?.secretary ?? []).toEqual([]);
  });
  // a chair's given name the lexicon lacks: the two capitalised words right before the first label are the name
  it('reads a first signer whose given name the lexicon lacks after a date', () => {
    const doc = meetingDoc(text(...head, '4. Övriga frågor Ekvik 2020-03-02 Ruuben Kask Ordförande Arvid Ny Sekreterare'));
    expect(doc.signatures).toMatchObject({ chair: ['Ruuben Kask'], secretary: ['Arvid Ny'] });
  });

  it('keeps a point’s title out of the name where a known given name opens it', () => {
    const doc = meetingDoc(text(...head, '4. Mötets avslutande Greta Lund Ordförande Arvid Ny Sekreterare'));
    expect(doc.signatures).toMatchObject({ chair: ['Greta Lund'], secretary: ['Arvid Ny'] });
  });
});
