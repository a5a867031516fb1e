// A § heading run on with its text on a flattened page, whose title ends in a company's
// name and legal form (`… avtal med Sundby Energi AB`): the capitalised words up to the form
// are the title's, and the body starts after it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { splitInlineTitle } from '../../src/parse/items/title.js';

describe('a company`s legal form in a run-on title', () => {
  it('keeps the company name and its form in the title', () => {
    expect(splitInlineTitle('Avtal med Sundby Energi AB Förbundschefen redogjorde för avtalet.')).toEqual({
      title: 'Avtal med Sundby Energi AB',
      body: 'Förbundschefen redogjorde för avtalet.',
    });
    expect(splitInlineTitle('Val av revisor från Norrvik Revision HB Styrelsen beslutar att välja revisorn.')).toEqual({
      title: 'Val av revisor från Norrvik Revision HB',
      body: 'Styrelsen beslutar att välja revisorn.',
    });
    expect(splitInlineTitle('Hyresavtal med Vasa Ab Kansliet har förhandlat.')).toEqual({
      title: 'Hyresavtal med Vasa Ab',
      body: 'Kansliet har förhandlat.',
    });
  });

  it('still cuts before a sentence when no legal form follows', () => {
    expect(splitInlineTitle('Information från Försäkringskassan Förbundschefen informerar om läget.')).toEqual({
      title: 'Information från Försäkringskassan',
      body: 'Förbundschefen informerar om läget.',
    });
  });
});
