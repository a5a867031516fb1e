// A surname-first roll run on without separators (`Ahlgren Anders Björkqvist Curt …`), where a transcript kept a comma
// after a few surnames (`Dahlbom, Karin`, the inverted name's own comma) and the paragraphs a member sat for after the
// given name (`Holmström Eva 12-17, Lindqvist Kenneth`): the comma does not break the pairs, and the paragraphs are the
// member's. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const ITEM = ['', '§ 12 Laglighet och beslutförhet', 'Ordföranden konstaterar sammanträdets lagliga sammankallande samt beslutförhet.'];

describe('a surname-first roll with a comma after a surname', () => {
  it('pairs each surname with its given name', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Stadsfullmäktige',
        'TID kl. 18:00-20:15 PLATS Rådhuset NÄRVARANDE LEDAMÖTER Ahlgren Anders ordförande Dahlbom, Karin Björkqvist Curt Grönlund Marita ' +
          'Holmström Eva 12-17, Lindqvist Kenneth Sjöholm, Eivor Nyström Margareta Wikström Johan',
        ...ITEM,
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.position, p.paragraphs])).toEqual([
      ['Ahlgren Anders', 'ordförande', null],
      ['Dahlbom Karin', null, null],
      ['Björkqvist Curt', null, null],
      ['Grönlund Marita', null, null],
      ['Holmström Eva', null, { from: 12, to: 17 }],
      ['Lindqvist Kenneth', null, null],
      ['Sjöholm Eivor', null, null],
      ['Nyström Margareta', null, null],
      ['Wikström Johan', null, null],
    ]);
  });
});
