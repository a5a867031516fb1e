// Officials printed as a table with each row's name first and the position after it, flattened
// onto one line with no separators (`Övriga Lisa Berg IFO-chef Eva Dal Vård och omsorgschef …`):
// a position may open on a department's capitalised word, and a person's given name may be one
// the lexicon lacks, standing between a position and the next; the run may close on a name. Every name is invented.
import { describe, expect, it } from 'vitest';
import { namesBeforePositions } from '../../src/parse/participants/positions-run-on.js';
import { meetingDoc, text } from './helpers.js';

const minutes = (others: string): string =>
  text(
    '1 NORRVIKS KOMMUN Tid: 9:00 - 12:00 KOMMUNSTYRELSENS SOCIALA UTSKOTT Plats: Ankaret Ledamöter Ulla Berg (m) Ordförande Per Ek (s) Vice ordförande ' +
      'Åsa Lind (c) Ersättare Tor Holm (s) Övriga ' +
      others +
      ' Justeringsdag: Paragrafer: Justerare: Per Ek',
    '',
    '2 35 Diarienummer 0371/11 Ekonomisk uppföljning Utskottet beslutar att godkänna uppföljningen.',
  );

describe('officials written name first, then a capitalised position, run on', () => {
  it('reads a position that opens on a department, and a given name the lexicon lacks', () => {
    const doc = meetingDoc(minutes('Lisa Berg IFO-chef Eva Dal Vård och omsorgschef Zorvan Ekblad Hemtjänstchef Lena Ås Ekonom Inga Sand Sekreterare'));
    expect(doc.participants.filter((p) => p.role === 'other').map((p) => [p.name, p.position])).toEqual([
      ['Lisa Berg', 'IFO-chef'],
      // (`Vård och omsorgschef`: the first half of a compound whose hyphen a transcript lost)
      ['Eva Dal', 'vård- och omsorgschef'],
      ['Zorvan Ekblad', 'hemtjänstchef'],
      ['Lena Ås', 'ekonom'],
      // (the last row's position read as the signers' label `Sekreterare`: the name closing the run is still a person)
      ['Inga Sand', null],
    ]);
  });

  it('opens on a name the lexicon lacks before a staff position, but not before a member position', () => {
    expect(namesBeforePositions('Zorvan Ekblad Förvaltningschef Johan Ask Nämndsekreterare')).toEqual(['Zorvan Ekblad, förvaltningschef', 'Johan Ask, nämndsekreterare']);
    expect(namesBeforePositions('Zorvan Ekblad ordförande Yrsa Holm vice ordförande')).toBeNull();
  });

  it('reads a second surname before a capitalised position, and leaves a position adjective in lower case to the position', () => {
    expect(namesBeforePositions('Malin Ek Förvaltningsekonom, Ester Dalsdóttir Berg Förvaltningsekonom')).toEqual(['Malin Ek, förvaltningsekonom', 'Ester Dalsdóttir Berg, förvaltningsekonom']);
    expect(namesBeforePositions('Anna Berg Teknisk chef Bo Ek Ekonom')).toEqual(['Anna Berg, teknisk chef', 'Bo Ek, ekonom']);
  });
});
