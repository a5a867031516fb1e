// A point's title run on into its text on one line, where the text opens on a definite noun and a verb in the passive
// (`Sommarprogram Programmet diskuterades. Eva Ek …`, `Stadgar Förslaget godkänns och …`), before a name further on:
// the sentence ends the title, not the name after it (round 58). Every text is invented.
import { describe, expect, it } from 'vitest';
import { splitInlineTitle } from '../../src/parse/items/title.js';
import { meetingDoc } from './helpers.js';

describe('a title run on into a sentence told in the passive', () => {
  it('ends before the sentence in the past passive, its full stop read off the verb', () => {
    expect(splitInlineTitle('Vårens utflykt Utflykten planerades. Berit Sand bokar bussen.').title).toBe('Vårens utflykt');
  });

  it('ends before the sentence in the present passive', () => {
    expect(splitInlineTitle('Nya stadgar Förslaget godkänns och skickas till Ove Lund för tryck.').title).toBe('Nya stadgar');
  });

  it('keeps a title whose own words hold no such sentence', () => {
    expect(splitInlineTitle('Rapport från Ekbygdens Vänner Karin Öst redovisade arbetet.').title).toBe('Rapport från Ekbygdens Vänner');
  });

  it('cuts each point of a page flattened onto one line', () => {
    const doc = meetingDoc(
      [
        'Protokoll fört vid styrelsemöte i Lillåsa byalag den 4 maj 2026',
        '',
        'Närvarande: Berit Sand, Ove Lund, Karin Öst 1. Mötets öppnande Ordföranden öppnade mötet. 2. Midsommarfirandet Firandet diskuterades. Ove Lund ordnar dansbanan. 3. Bygdegårdens tak Taket besiktigades i april. Karin Öst tar in anbud. 4. Mötets avslutande Ordföranden avslutade mötet.',
      ].join('\n'),
    );
    expect(doc.items.map((i) => i.title)).toEqual(['Mötets öppnande', 'Midsommarfirandet', 'Bygdegårdens tak', 'Mötets avslutande']);
  });
});
