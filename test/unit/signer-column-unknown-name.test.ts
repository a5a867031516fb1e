// The Underskrifter grid of a transcript flattened column by column (`Ordförande` / `Justerande... Vimala Torsk..... Henry Lind`):
// the names after the stacked signers' labels are the labels' in order, a given name the lexicon does not know included.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const page = (front: string) => meetingDoc(text(front, '', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.'));

describe('stacked signers’ labels and then their names, the chair’s given name unknown to the lexicon', () => {
  const doc = page(
    'Sida Sammanträdesdatum 2021-03-04 1 Plats och tid Ekby kommunhus, sessionssalen, kl 09.00-11.30 Beslutande Vimala Torsk, ordförande, Ekby kommun Henry Lind, ledamot, Försäkringskassan Maj Ek, ledamot, Norrby kommun Övriga deltagande Pia Sand, samordnare Olle Berg, nämndsekreterare Utses att justera Henry Lind Justeringens tid och plats Underskrifter Sekreterare... Olle Berg Paragrafer 1-9 Ordförande Justerande... Vimala Torsk..... Henry Lind',
  );

  it('gives the chair the first name and the adjuster the second', () => {
    expect(doc.signatures?.chair).toEqual(['Vimala Torsk']);
    expect(doc.signatures?.adjusters).toEqual(['Henry Lind']);
    expect(doc.signatures?.secretary).toEqual(['Olle Berg']);
  });

  it('keeps the members under their label', () => {
    expect(doc.participants.filter((p) => p.role === 'member').map((p) => p.name)).toEqual(['Vimala Torsk', 'Henry Lind', 'Maj Ek']);
  });
});
