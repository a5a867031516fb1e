// An agenda point whose title opens with its type as a label (`Info-punkt: Nationella rådet`, `Beslutsärende: Budget 2026`,
// `Informationspunkt – Uppföljning av insatserna`), as samordningsförbund write them: the label gives the type and is no part
// of the title, as `– Beslut` after a title is not. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a type label opening a point’s title', () => {
  it('gives the type and leaves the title', () => {
    const doc = meetingDoc(
      text(
        'KALLELSE', 'Styrelsen för Samordningsförbundet Södra Vätter', 'Datum: 2025-02-14', 'Tid: 09.00–12.00', 'Plats: Stadshuset', '',
        '1. Mötets öppnande',
        '2. Info-punkt: Nationella rådet',
        '3. Beslutsärende: Budget 2026',
        '4. Informationspunkt – Uppföljning av insatserna',
        '5. Diskussionspunkt: Lokalfrågan',
        '6. Information om sommarens insatser',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.type])).toEqual([
      [1, 'Mötets öppnande', null],
      [2, 'Nationella rådet', 'information'],
      [3, 'Budget 2026', 'decision'],
      [4, 'Uppföljning av insatserna', 'information'],
      [5, 'Lokalfrågan', 'discussion'],
      [6, 'Information om sommarens insatser', null],
    ]);
  });

  it('keeps a title that is only the label (guard)', () => {
    const doc = meetingDoc(text('DAGORDNING', 'Styrelsen', 'Datum: 2025-02-14', '', '1. Mötets öppnande', '2. Informationsärende', '3. Övriga frågor'));
    expect(doc.items[1]!.title).toBe('Informationsärende');
  });
});
