// A § heading run on with its text on a flattened page, whose title ends in a property's
// name and number (`… på fastigheten Ekbacken 1:2`, `… Västra Hagen 3:14`): the capitalised
// name is the title's, and the body starts after the number. Every text is invented.
import { describe, expect, it } from 'vitest';
import { splitInlineTitle } from '../../src/parse/items/title.js';

describe('a property`s name in a run-on title', () => {
  it('keeps the name and number in the title', () => {
    expect(splitInlineTitle('Bygglov för garage på fastigheten Lönnen 4:7 Sökanden vill bygga ett garage.')).toEqual({
      title: 'Bygglov för garage på fastigheten Lönnen 4:7',
      body: 'Sökanden vill bygga ett garage.',
    });
    expect(splitInlineTitle('Strandskyddsdispens för brygga, Västra Hagen 3:14 Ansökan avser en brygga.')).toEqual({
      title: 'Strandskyddsdispens för brygga, Västra Hagen 3:14',
      body: 'Ansökan avser en brygga.',
    });
  });
});
