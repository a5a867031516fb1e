// An Åland signature grid of two columns flattened row by row into one stream: the chair's
// and secretary's labels, the chair's name, the adjusting's place and day run on before the
// secretary's name, then the posting's label with the adjusters' names around its place and
// day (`Ordförande Sekreterare Ragnar Sundberg Protokolljustering Saltnäs den 14 oktober 2019
// Jenny Rantala Protokollet framlagt till påseende Bo Vikström Saltnäs den 21 oktober 2019
// Göran Strandvik`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const MINUTES = [
  'SALTNÄS KOMMUN SAMMANTRÄDESPROTOKOLL',
  'Nr 11/2019 Sammanträdesdatum 14.10.2019 Organ Kommunstyrelsen',
  'Beslutande x Sundberg Ragnar, ordf. x Vikström Bo x Strandvik Göran Övriga närvarande x Rantala Jenny, sekreterare',
  'Paragrafer 187-199 Underskrifter Ordförande Sekreterare Ragnar Sundberg Protokolljustering Saltnäs den 14 oktober 2019 Jenny Rantala Protokollet framlagt till påseende Bo Vikström Saltnäs den 21 oktober 2019 Göran Strandvik Intygar Utdragets riktighet bestyrkes',
  '',
  '§ 187 Konstatera laglighet och beslutförhet',
  'Sammanträdet konstaterades lagligt.',
].join('\n');

describe('a two-column signature grid flattened row by row', () => {
  const document = parse(MINUTES).documents[0]!;
  const signatures = document.signatures;

  it('reads the chair, the secretary and the adjusters', () => {
    expect(signatures).toMatchObject({ chair: ['Ragnar Sundberg'], secretary: ['Jenny Rantala'], adjusters: ['Bo Vikström', 'Göran Strandvik'] });
  });

  it('reads the adjusting\'s day and the posting\'s', () => {
    expect(signatures).toMatchObject({ adjustedOn: '2019-10-14', posted: { from: '2019-10-21' } });
  });

  it('pairs the grid as a grid: no block of labels and values left to pairing by order', () => {
    // the later readers reach the same names by kind and order, but only with a header-unpaired warning
    expect(document.warnings.map((w) => w.code)).not.toContain('header-unpaired');
  });
});
