// Signers of Åland minutes whose given names the lexicon lacked (`Arsim`, `Jim`, `Margaret`): a grid of role words and
// names flattened after `Underskrifter` reads a name only where it opens with a given name, so these went unread or
// were paired with the wrong role. Every surname and place is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text, VIKSUND_ITEMS } from './helpers.js';

const minutes = (signing: string) =>
  meetingDoc(
    text(
      'Nr. 6 Plats och tid Kommunkansliet tisdagen den 14.3.2023 kl. 18:00-20:15 Beslutande Anna Holm Carita Lind Dan Sjöberg ordförande ledamot ledamot Föredragande Arsim Wik kommundirektör Paragrafer 45-46 ' + signing,
      '',
      ...VIKSUND_ITEMS,
    ),
  );

describe('signers whose given names were missing', () => {
  it('`Underskrifter ordförande sekreterare Anna Holm Arsim Wik`: the secretary is read', () => {
    const s = minutes('Underskrifter ordförande sekreterare Anna Holm Arsim Wik Protokolljustering Ort och tid Viksund onsdagen den 15.3.2023 Carita Lind Dan Sjöberg').signatures;
    expect([s?.chair, s?.secretary, s?.adjusters]).toEqual([['Anna Holm'], ['Arsim Wik'], ['Carita Lind', 'Dan Sjöberg']]);
  });

  it('`Underskrifter: Jim Ek Ordförande Margaret Wik Protokollförare`: each name is the role after it', () => {
    const s = minutes('Underskrifter: Jim Ek Ordförande Margaret Wik Protokollförare').signatures;
    expect([s?.chair, s?.secretary]).toEqual([['Jim Ek'], ['Margaret Wik']]);
  });
});
