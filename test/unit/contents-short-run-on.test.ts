// Minutes whose pages an extractor wrote each on one line, with a table of contents: a §
// heading runs on with a short sentence (`… Lärkan Planarkitekten redogör.`) after a title
// that holds a name of its own. The listed title says where the heading ends. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a heading run on with a short sentence, its title listed in the contents', () => {
  it('ends the title where the listed one does', () => {
    const doc = meetingDoc(
      text(
        '1 Sida 1 (6) PROTOKOLL Kommunstyrelsen Plats och tid Stadshuset kl. 09:00-12:00 Beslutande Ledamöter Mona Ek (S), Per Ask (M) Justerande Per Ask (M) Paragrafer 51-53',
        '',
        '2 Sida 2 (6) Innehållsförteckning 51 Information från Hamnbolaget Norrby AB 3 52 Detaljplan för kvarteret Svalan 4 53 Motion om parkbänkar 5',
        '',
        '3 Sida 3 (6) 51 Information från Hamnbolaget Norrby AB Vd informerar. Kommunstyrelsens beslut Informationen noteras.',
        '',
        '4 Sida 4 (6) 52 Detaljplan för kvarteret Svalan Planarkitekten redogör. Kommunstyrelsens beslut Detaljplanen antas.',
        '',
        '5 Sida 5 (6) 53 Motion om parkbänkar Motionären vill ha fler bänkar i parkerna. Kommunstyrelsens beslut Motionen bifalls.',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.text.split('\n')[0]])).toEqual([
      [51, 'Information från Hamnbolaget Norrby AB', 'Vd informerar.'],
      [52, 'Detaljplan för kvarteret Svalan', 'Planarkitekten redogör.'],
      [53, 'Motion om parkbänkar', 'Motionären vill ha fler bänkar i parkerna.'],
    ]);
  });
});
