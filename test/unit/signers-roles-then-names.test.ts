// Åland minutes print the signers' roles in lower case over their names (`ordförande` /
// `sekreterare` over `Anna Holm` / `Ida Wik`); a page flattened row by row runs the role words
// on after `Underskrifter` and the names after them (`Underskrifter ordförande sekreterare Anna
// Holm Ida Wik`). Each name is the role's in its place. Every name and place is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text, VIKSUND_ITEMS } from './helpers.js';

const minutes = (signing: string) =>
  meetingDoc(
    text(
      'Nr. 6 Plats och tid Kommunkansliet tisdagen den 14.3.2023 kl. 18:00-20:15 Beslutande Anna Holm Carita Lind Dan Sjöberg ordförande ledamot ledamot Föredragande Ida Wik kommundirektör Paragrafer 45-46 ' + signing,
      '',
      ...VIKSUND_ITEMS,
    ),
  );

describe('signers\' role words in lower case, then their names', () => {
  it('each name is the role\'s in its place', () => {
    const s = minutes('Underskrifter ordförande sekreterare Anna Holm Ida Wik Protokolljustering Ort och tid Viksund onsdagen den 15.3.2023 Carita Lind Dan Sjöberg').signatures;
    expect([s?.chair, s?.secretary, s?.adjusters]).toEqual([['Anna Holm'], ['Ida Wik'], ['Carita Lind', 'Dan Sjöberg']]);
  });

  it('fewer names than role words pair with none', () => {
    const s = minutes('Underskrifter ordförande sekreterare Anna Holm Protokolljustering Ort och tid Viksund onsdagen den 15.3.2023 Carita Lind Dan Sjöberg').signatures;
    expect(s?.secretary).toEqual([]);
  });
});
