// An Åland signature grid of two columns flattened row by row into one stream: the chair's
// and secretary's labels, the chair's name, the adjusting's place and day run on before the
// secretary's name, then the posting's label with the adjusters' names around its place and
// day (`Ordförande Sekreterare Runar Karlsson Protokolljustering Saltnäs den 23 september 2013
// Jessica Laaksonen Protokollet framlagt till påseende Dan Nyholm Saltnäs den 30 september 2013
// Jörgen Lindblom`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const MINUTES = [
  'SALTNÄS KOMMUN SAMMANTRÄDESPROTOKOLL',
  'Nr 13/2013 Sammanträdesdatum 23.9.2013 Organ Kommunstyrelsen',
  'Beslutande x Karlsson Runar, ordf. x Nyholm Dan x Lindblom Jörgen Övriga närvarande x Laaksonen Jessica, sekreterare',
  'Paragrafer 252-263 Underskrifter Ordförande Sekreterare Runar Karlsson Protokolljustering Saltnäs den 23 september 2013 Jessica Laaksonen Protokollet framlagt till påseende Dan Nyholm Saltnäs den 30 september 2013 Jörgen Lindblom Intygar Utdragets riktighet bestyrkes',
  '',
  '§ 252 Konstatera laglighet och beslutförhet',
  'Sammanträdet konstaterades lagligt.',
].join('\n');

describe('a two-column signature grid flattened row by row', () => {
  const signatures = parse(MINUTES).documents[0]!.signatures;

  it('reads the chair, the secretary and the adjusters', () => {
    expect(signatures).toMatchObject({ chair: ['Runar Karlsson'], secretary: ['Jessica Laaksonen'], adjusters: ['Dan Nyholm', 'Jörgen Lindblom'] });
  });

  it('reads the adjusting\'s day and the posting\'s', () => {
    expect(signatures).toMatchObject({ adjustedOn: '2013-09-23', posted: { from: '2013-09-30' } });
  });
});
