// An Åland roll run on, its marks before the names and a comma between each surname and given name
// (`x Westerholm, Håkan, ordförande - Lindén, Ann-Mari`), after a list's label whose place beside it lost its own label
// (`Beslutande Kommunkansliet, sammanträdesrummet x …`): one Åland municipality's kommunstyrelse and fullmäktige write
// their rolls so, another's the same without the commas. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const people = (text: string): (string | null)[][] => meetingDoc(text).participants.map((p) => [p.role, p.name, p.position]);

describe('an Åland roll with a comma in each name', () => {
  it('reads each name after its mark, the place before the roll no one', () => {
    expect(
      people(
        'NORRBY KOMMUN PROTOKOLL Sammanträdesdatum Nr KOMMUNSTYRELSEN 4/23 Sammanträdestid kl Beslutande Kommunkansliet, sammanträdesrummet ' +
          'x Holm, Kerstin, ordförande x Berg, Anton, viceordf - Strand, Maja x Vik, Olle - Lund, Siv x Ek, Arne Övriga närvarande ' +
          'x Nord, Ebba, kommundirektör - Sjö, Tor, kommunfullmäktiges ordförande Underskrifter Ordförande Sekreterare Kerstin Holm\n\n' +
          '2 NORRBY KOMMUN PROTOKOLL Sammanträdesplats Kommunkansliet, sammanträdesrummet 41 Konstatera laglighet och beslutförhet 42 Protokolljusterare\n',
      ),
    ).toEqual([
      ['member', 'Holm Kerstin', 'ordförande'],
      ['member', 'Berg Anton', 'vice ordförande'],
      ['absent', 'Strand Maja', null],
      ['member', 'Vik Olle', null],
      ['absent', 'Lund Siv', null],
      ['member', 'Ek Arne', null],
      ['other', 'Nord Ebba', 'kommundirektör'],
      ['absent', 'Sjö Tor', 'kommunfullmäktiges ordförande'],
    ]);
  });
});
