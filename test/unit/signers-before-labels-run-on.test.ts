// Swedish-language Finnish (Åland) minutes sign over their labels, and a page flattened into one line puts each
// name before the label it signed over: `Protokolljustering Tea Lund Protokolljusterare Ove Sand Protokolljusterare`,
// the last label with no name after it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const head = ['VIKSTRANDS KOMMUN', 'KOMMUNSTYRELSEN PROTOKOLL Nr 4/2025', 'Tid 12.3.2025 kl. 17.00–19.15', 'Plats Kommunkansliet', ''];
const opening = ['', '§ 21 Mötets öppnande', 'Ordföranden öppnade mötet.'];

describe('signers run on before the labels they signed over', () => {
  it('are the adjusters under the adjusting’s heading', () => {
    const doc = meetingDoc(text(...head, 'Ledamöter: Per Lindfors, ordf. Kajsa Holm Lars Mattsson', '', 'Protokolljustering Tea Lund Protokolljusterare Ove Sand Protokolljusterare', ...opening));
    expect(doc.signatures?.adjusters).toEqual(['Tea Lund', 'Ove Sand']);
  });

  it('are the chair, the secretary and the adjusters, a sentence before the last name', () => {
    const doc = meetingDoc(
      text(...head, 'Ledamöter: Per Lindfors, ordf. Kajsa Holm Lars Mattsson', '', 'Underskrifter Vikstrand Protokolljustering Per Lindfors Ordförande Mia Strand Sekreterare Kajsa Holm Protokolljusterare Sammanträdet är kungjort Vikstrand Lars Mattsson Protokolljusterare', ...opening),
    );
    expect([doc.signatures?.chair, doc.signatures?.secretary, doc.signatures?.adjusters]).toEqual([['Per Lindfors'], ['Mia Strand'], ['Kajsa Holm', 'Lars Mattsson']]);
  });

  it('leave a row that names each signer after the label alone', () => {
    const doc = meetingDoc(text(...head, 'Ledamöter: Per Lindfors, ordf. Kajsa Holm Lars Mattsson', '', 'Underskrifter Ordförande Per Lindfors Sekreterare Mia Strand Justerare Kajsa Holm', ...opening));
    expect([doc.signatures?.chair, doc.signatures?.secretary, doc.signatures?.adjusters]).toEqual([['Per Lindfors'], ['Mia Strand'], ['Kajsa Holm']]);
  });

  it('leave a label whose name stands on the next line', () => {
    const doc = meetingDoc(text(...head, 'Ledamöter: Per Lindfors, ordf. Kajsa Holm Lars Mattsson', '', 'Underskrifter Mia Strand', 'Ordförande Per Lindfors', 'Justerare', 'Kajsa Holm', ...opening));
    expect([doc.signatures?.chair, doc.signatures?.adjusters]).toEqual([['Per Lindfors'], ['Kajsa Holm']]);
  });
  // the last label followed on its line by the next part of the page (the posting's sentence), not by a name
  it('are read so where the page runs on after the last label', () => {
    const doc = meetingDoc(
      text(...head, 'Ledamöter: Per Lindfors, ordf. Kajsa Holm Lars Mattsson', '', 'Underskrifter Per Lindfors Ordförande Mia Strand Protokollförare Kajsa Holm Protokolljusterare Lars Mattsson Protokolljusterare Protokollet framlagts till påseende, tid och plats Kommunkansliet', ...opening),
    );
    expect([doc.signatures?.chair, doc.signatures?.secretary, doc.signatures?.adjusters]).toEqual([['Per Lindfors'], ['Mia Strand'], ['Kajsa Holm', 'Lars Mattsson']]);
  });

  it('take a first signer whose given name the lexicon lacks by the run’s shape', () => {
    const doc = meetingDoc(
      text(...head, 'Ledamöter: Ruuben Kask, ordf. Kajsa Holm Lars Mattsson', '', 'Underskrifter Ruuben Kask Ordförande Mia Strand Protokollförare Kajsa Holm Protokolljusterare Lars Mattsson Protokolljusterare Protokollet framlagts till påseende', ...opening),
    );
    expect([doc.signatures?.chair, doc.signatures?.secretary, doc.signatures?.adjusters]).toEqual([['Ruuben Kask'], ['Mia Strand'], ['Kajsa Holm', 'Lars Mattsson']]);
  });

  it('leave a row that names each signer after the label, the page run on after the last name', () => {
    const doc = meetingDoc(
      text(...head, 'Ledamöter: Per Lindfors, ordf. Kajsa Holm Lars Mattsson', '', 'Underskrifter Ordförande Per Lindfors Sekreterare Mia Strand Justerare Kajsa Holm Protokollet framlagts till påseende', ...opening),
    );
    // (each name stays with the label before it; the last name run into the sentence after it is another reading's)
    expect([doc.signatures?.chair, doc.signatures?.secretary]).toEqual([['Per Lindfors'], ['Mia Strand']]);
  });
});
