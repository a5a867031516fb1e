// A letterhead's contact footer flattened after the front page (`… Postadress Besöksadress Telefon … växel` /
// `1. Nämndkansliet 0123 456 78 Fax 456 79 DALBY nämnd@dalby.se`): its department's number is no item, and
// the header goes on over the lists the next page gives (a transcript cut before the first §, an extract of the
// front pages). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a contact footer numbered like a point', () => {
  it('opens no item and does not end the header', () => {
    const doc = meetingDoc(
      text(
        'SAMMANTRÄDESPROTOKOLL',
        'Plats och tid Sockensalen, Dalby, kl 18:00-20:30',
        'Beslutande Se sid 2',
        'Paragrafer 40-44',
        'Underskrift Nämndkansliet Postadress Besöksadress Telefon Dalby kommun Torggatan 1 0123 456 00 växel',
        '1. Nämndkansliet 0123 456 78 Fax 456 79 DALBY kansliet@dalby.se',
        '',
        'Beslutande',
        'Ledamöter: Vera Holm (S) Tage Ek (M) Lina Berg (C)',
      ),
    );
    expect(doc.items.map((i) => i.number)).toEqual([]);
    expect(doc.participants.map((p) => [p.name, p.role, p.party])).toEqual([
      ['Vera Holm', 'member', 'S'],
      ['Tage Ek', 'member', 'M'],
      ['Lina Berg', 'member', 'C'],
    ]);
  });
});
