// `Ulla Brink (C)` / `ordförande` in the front page's list of who decided: a name and the position
// under it, no signature block (whose chair would be `Ulla Brink (C)`, party and all). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a position under a name in the list of who decided', () => {
  it('opens no signature block', () => {
    const doc = meetingDoc(
      text('PROTOKOLL', 'Kultur- och fritidsnämnden', 'Sammanträdesdatum 2021-10-05', '', 'Beslutande', 'Ulla Brink (C)', 'ordförande', 'Ivar Lind (S)', 'Märta Ek (M)', '', 'Övriga', 'Sofia Alm', 'sekreterare', '', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.'),
    );
    expect(doc.participants.map((p) => [p.name, p.position])).toEqual([
      ['Ulla Brink', 'ordförande'],
      ['Ivar Lind', null],
      ['Märta Ek', null],
      ['Sofia Alm', 'sekreterare'],
    ]);
    expect(doc.signatures?.chair ?? []).toEqual([]);
  });

  it('leaves the signers’ own block on the front page', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Kultur- och fritidsnämnden', 'Sammanträdesdatum 2021-10-05', '', 'Beslutande', 'Ulla Brink (C)', 'ordförande', 'Ivar Lind (S)', '',
        'Underskrifter', 'Sekreterare ..................', 'Sofia Alm', 'Ordförande ..................', 'Ulla Brink', '',
        '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.',
      ),
    );
    expect([doc.signatures?.chair, doc.signatures?.secretary]).toEqual([['Ulla Brink'], ['Sofia Alm']]);
  });
});
