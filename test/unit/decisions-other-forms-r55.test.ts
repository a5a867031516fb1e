// Decisions written in forms the readers missed: the noun with a passive verb as a secretary tells it (`Beslut togs att
// …`, `Det fattades beslut om att …`), the decision handed on (`Styrelsen delegerar till ordföranden att …`), and a
// decision's words printed letter-spaced (`Styrelsen B E S L U T A R` / `A t t anta …`, `N ä m n d e n  b e s l u t a r
// a t t …`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';
import { closeLetterSpacing } from '../../src/text/letter-spaced.js';

const minutes = (body: string[]): string =>
  ['Protokoll fört vid styrelsens sammanträde 2031-04-08', '', 'Närvarande: Ebba Lind, ordförande, Olle Sand, Maja Ruth', '', '§ 7 Lokalfrågan', '', ...body, '', 'Vid protokollet', 'Maja Ruth'].join('\n');

const decisions = (body: string[]): string[] => meetingDoc(minutes(body)).items[0]!.decisions.map((d) => d.text);

describe('a decision told with its noun and a passive verb', () => {
  it.each([
    ['Beslut togs att ge kansliet i uppdrag att utreda frågan.'],
    ['Efter diskussion fattades beslut om att ge kansliet i uppdrag att utreda frågan.'],
    ['Det togs beslut om att ge kansliet i uppdrag att utreda frågan.'],
  ])('is a decision: %s', (sentence) => {
    expect(decisions(['Kansliet redogjorde för läget.', '', sentence])).toHaveLength(1);
  });

  it('is no decision where it tells how the decision was taken', () => {
    expect(decisions(['Kansliet redogjorde för läget.', '', 'Beslutet togs enhälligt.'])).toHaveLength(0);
  });
});

describe('a decision handed on', () => {
  it('is a decision: the organ delegates to someone', () => {
    expect(decisions(['Remissen kom in den 2 april.', '', 'Styrelsen delegerar till ordföranden att besvara remissen.'])).toHaveLength(1);
  });
});

describe('a decision printed letter-spaced', () => {
  it('is read under the verb on its line, the clause under it', () => {
    expect(decisions(['Kansliet har tagit fram ett förslag.', '', 'Styrelsen B E S L U T A R', '', 'A t t anta verksamhetsplanen för 2032.'])).toEqual(['anta verksamhetsplanen för 2032.']);
  });

  it('is read where the organ is letter-spaced too, a wider gap between the words', () => {
    expect(decisions(['Kansliet har tagit fram ett förslag.', '', 'N ä m n d e n  b e s l u t a r', '', 'a t t anta verksamhetsplanen för 2032.'])).toEqual(['anta verksamhetsplanen för 2032.']);
  });

  it('closes no attendance marks, party letters or lettered points', () => {
    for (const text of ['Eva Lind X X X X', 'Partierna S M C V yrkade bifall', 'punkterna a b c d godkändes']) expect(closeLetterSpacing(text)).toBe(text);
  });
});
