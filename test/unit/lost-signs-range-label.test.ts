// A transcript that lost its § signs, whose front page declares its range under another label
// than `Paragrafer` (`Omfattning 1-6`, a kommunalförbund's direktion): the declared range confirms
// every number of it, those after a word too (`att fastställa dagordningen 3 Val av justerare`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const TEXT = [
  'Direktionsprotokoll',
  '',
  '1 Plats och tid Ulvsby, kl Omfattning 1-6 Beslutande Per Ström (S) ordförande Karl Berg (M) Sara Holm (S) Övriga Johan Ek, förbundssekreterare 1',
  '',
  '2 Sekreterare Johan Ek Ordförande... Per Ström Justerare Karl Berg 2',
  '',
  '3 1 Val av mötesordförande Till mötesordförande utses Per Ström (S). 2 Fastställande av dagordning att fastställa dagordningen ' +
    '3 Val av justerare Karl Berg (M) utses att justera dagens protokoll. 4 Föregående protokoll Protokollet läggs till handlingarna. 5 Budget 2016 Direktionen beslutar att anta budgeten. 6 Mötets avslutande Ordföranden avslutar mötet. 3',
].join('\n');

describe('§ signs lost, the range declared as `Omfattning`', () => {
  it('every § of the declared range is read', () => {
    const doc = meetingDoc(TEXT);
    expect(doc.meeting?.paragraphs).toEqual({ from: 1, to: 6 });
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Val av mötesordförande'],
      [2, 'Fastställande av dagordning'],
      [3, 'Val av justerare'],
      [4, 'Föregående protokoll'],
      [5, 'Budget 2016'],
      [6, 'Mötets avslutande'],
    ]);
  });
});
