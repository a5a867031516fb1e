// An agenda written a cell a line with a name under every point, standing points included
// (`1` / `Mötets öppnande` / `Pia Ek`): the name under a standing point was read as that point's
// text and then dropped with its number's line (the text took over that `1` was a bare number,
// a page number's mark). The name is the presenter where the lexicon knows the given name, the
// point's text where it does not: never lost. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const doc = meetingDoc(
  text(
    'Samordningsförbundet Östby', 'KALLELSE', 'Styrelsen', 'Datum: 2025-03-12', 'Tid: 09.00–12.00', 'Plats: Kommunhuset, Östby', '',
    'Föredragningslista', '',
    '1', 'Mötets öppnande', 'Pia Ek', '',
    '2', 'Val av justerare', 'Okke Lind', '',
    '3', 'Budget 2026', 'Dnr 2025/38', 'Sara Holm', '',
    '4', 'Mötets avslutande', 'Okke Lind',
  ),
);

describe('a name under a standing point of an agenda written a cell a line', () => {
  it('is its presenter where the given name is known', () => {
    expect(item(doc, 1)).toMatchObject({ title: 'Mötets öppnande', presenter: 'Pia Ek', text: '' });
  });

  it('stays as its text where it is not', () => {
    expect(item(doc, 2)).toMatchObject({ title: 'Val av justerare', text: 'Okke Lind' });
    expect(item(doc, 4)).toMatchObject({ title: 'Mötets avslutande', text: 'Okke Lind' });
  });

  it('leaves the other points as they were read', () => {
    expect(item(doc, 3)).toMatchObject({ title: 'Budget 2026', caseNumber: '2025/38', presenter: 'Sara Holm' });
  });
});
