// A transcript's short last page that gives the transcript's page number, then the document's
// counter, then the § on one line (`4 Sida 4 (4) § 9 Meddelanden …`): the number and the
// counter go, the § heading stays. Every text is invented.
import { describe, expect, it } from 'vitest';
import { shortPage } from '../../src/normalise/transcript-pages.js';
import { meetingDoc, text } from './helpers.js';

const front =
  '1 Sida 1 (4) Plats och tid Kulturhuset, rum 2, kl. 13.00-15.00 Beslutande Ledamöter Ylva Brandt (S), ordförande, Oskar Lind (M), Mira Dahl (V) Justering Justerande Plats och tid Oskar Lind (M) Kulturhuset 2025-03-20 Paragrafer 7-9 Underskrifter Sekreterare Ordförande Justerande Lars Hed Ylva Brandt (S) Oskar Lind (M) Utdragsbestyrkande';

describe('a transcript\'s short last page, its number and counter before the §', () => {
  for (const counter of ['Sida 4 (4)', 'Sidan 4 (4)', 'SIDA 4 (4)', '4 (4)', 'Blad 4 [4]']) {
    it(`reads § 9 after \`4 ${counter}\``, () => {
      const doc = meetingDoc(
        text(
          front,
          '',
          '2 Sida 2 (4) § 7 Val av justerare Kulturnämndens beslut Oskar Lind (M) utses att justera protokollet. Justerandes sign Utdragsbestyrkande',
          '',
          '3 Sida 3 (4) § 8 Rapporter Kulturnämndens beslut Rapporterna läggs till handlingarna. Justerandes sign Utdragsbestyrkande',
          '',
          `4 ${counter} § 9 Meddelanden`,
        ),
      );
      expect(doc.items.map((i) => [i.number, i.title])).toEqual([[7, 'Val av justerare'], [8, 'Rapporter'], [9, 'Meddelanden']]);
      expect(JSON.stringify(doc.items)).not.toMatch(/\(4\)|\[4\]/u);
    });
  }

  it('takes the transcript\'s number as the page', () => {
    expect(shortPage('4 Sida 4 (4) § 9 Meddelanden', 3)).toEqual({ text: '§ 9 Meddelanden', page: 4 });
  });

  it('keeps a line whose first number is no next page', () => {
    expect(shortPage('9 Sida 4 (4) § 9 Meddelanden', 3)).toBeNull();
    expect(shortPage('4 Sida 5 (4) § 9 Meddelanden', 3)).toBeNull();
  });
});
