// A transcript page that opens with the page's number and then the first point's number, its §
// lost (`3 1 Val av mötesordförande Till … 2 Fastställande av dagordning …`): the page is cut
// before each point that counts on, as it is where the page's number stands alone. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a page number, then the first point of a run whose § was lost', () => {
  it('reads the points of the flattened page', () => {
    const doc = meetingDoc(
      text(
        'Direktionsprotokoll 2024-01-30',
        '',
        '1 Plats och tid Myrby, kl 13.00-15.00 Omfattning 1-4 Beslutande Ulla Ek (S) ordförande Per Berg (M) Karin Lind (S) Övriga Anna Holm, förbundsdirektör 1',
        '',
        '2 Sekreterare Anna Holm Ordförande... Ulla Ek Justerare Per Berg 2',
        '',
        '3 1 Val av mötesordförande Till mötesordförande utses Ulla Ek (S). 2 Fastställande av dagordning att fastställa dagordningen 3 Val av justerare Per Berg (M) utses att jämte ordförande justera dagens protokoll. 4 Budget 2024 Förbundsdirektören redovisar förslaget. Direktionen beslutar att fastställa budgeten. 3',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Val av mötesordförande'],
      [2, 'Fastställande av dagordning'],
      [3, 'Val av justerare'],
      [4, 'Budget 2024'],
    ]);
  });
});
