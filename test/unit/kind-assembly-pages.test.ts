// An association's web page that announces its annual meeting (`Årsstämma`, `Föreningsstämma`,
// `Medlemssamråd`) in a sentence with the day, over the numbered points of the meeting, and with no
// `Datum:`/`Plats:` labels and no kind's word: the meeting's notice. A page that only says when such
// meetings are held by the statutes, with no day, stays `other`; a point that speaks of the meeting's
// own protocol (`justera årsmötets protokoll`) makes no agenda minutes. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const page = (title: string, sentence: string, heading = 'Ärenden'): string =>
  [
    title,
    '',
    sentence,
    '',
    heading,
    '1. Stämmans öppnande',
    '2. Val av ordförande och sekreterare',
    '3. Årsredovisning och revisionsberättelse',
    '4. Fråga om ansvarsfrihet',
    '5. Avslutning',
    '',
    'Varmt välkomna!',
  ].join('\n');

describe('annual-meeting pages under no kind word and no labels', () => {
  it.each([
    ['Årsstämma i Bygdens Sparbank', 'Årsstämman hålls onsdagen den 9 april 2025 kl. 19.00 i Bygdegården, Åsby.'],
    ['Föreningsstämma 2025', 'Välkommen till föreningsstämman torsdagen den 22 maj 2025 klockan 18.00 i Folkets hus, Norrvik.'],
    ['Medlemssamråd distrikt Norr', 'Medlemssamrådet hålls tisdagen den 18 mars 2025 kl. 18.30 i Församlingshemmet, Lillby.'],
  ])('`%s` with its day in a sentence is a notice', (title, sentence) => {
    const docs = parseText(page(title, sentence)).documents;
    expect(docs.map((d) => [d.kind, d.title])).toEqual([['notice', title]]);
    expect(docs[0]!.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it('a page on when the statutes hold the meeting, with no day, stays other', () => {
    const docs = parseText(page('Årsstämma', 'Enligt stadgarna ska årsstämma hållas före juni månads utgång varje år.')).documents;
    expect(docs.map((d) => d.kind)).toEqual(['other']);
  });

  it.each(['Senaste årsmötet hölls den 12 april 2024.', 'Motioner till årsmötet lämnas till styrelsen senast den 31 januari 2025.'])(
    'a page that ties another day to the meeting (`%s`) over the points the statutes list stays other',
    (sentence) => {
      const docs = parseText(page('Årsmöte', sentence)).documents;
      expect(docs.map((d) => d.kind)).toEqual(['other']);
    },
  );

  it('an untitled list of points that names the meeting`s protocol is no minutes', () => {
    const points = [
      '1 Årsmötet öppnas',
      '2 Val av ordförande och sekreterare för mötet',
      '3 Val av två personer att jämte ordföranden justera årsmötets protokoll',
      '4 Fastställande av röstlängd',
      '5 Styrelsens verksamhetsberättelse',
      '6 Avslutning',
    ];
    const docs = parseText(points.join('\n')).documents;
    expect(docs.map((d) => d.kind)).not.toContain('minutes');
  });
});
