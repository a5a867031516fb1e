// Agendas (kallelse / föredragningslista) that set each point's type on a line of its own
// under its title (`4. Delårsrapport` / `Beslutsärende`), beside its case number, presenter
// and attachment lines. The singular type word is the point's own type, not a group heading
// of the points after it; and it is no part of the presenter's line. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const HEAD = text(
  'KALLELSE',
  'Samordningsförbundet Älvdalen',
  'Styrelsen',
  '',
  'Tid: Torsdagen den 12 september 2024 kl. 09.00–12.00',
  'Plats: Förbundets kansli, Storgatan 5, Älvby',
  '',
  'Föredragningslista',
  '',
);

describe("a point's type on a line of its own", () => {
  it('right under each title: each point its own type', () => {
    const doc = meetingDoc(
      HEAD +
        text(
          '1. Mötets öppnande',
          '2. Delårsrapport januari–augusti 2024',
          '   Beslutsärende',
          '3. Information om nya insatser',
          '   Informationsärende',
          '4. Budget 2025',
          '   Beslutsärende',
          '5. Övriga frågor',
        ),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.type, i.section])).toEqual([
      [1, 'Mötets öppnande', null, null],
      [2, 'Delårsrapport januari–augusti 2024', 'decision', null],
      [3, 'Information om nya insatser', 'information', null],
      [4, 'Budget 2025', 'decision', null],
      [5, 'Övriga frågor', null, null],
    ]);
  });

  it('among the case number, presenter and attachment lines', () => {
    const doc = meetingDoc(
      HEAD +
        text(
          '1. Delårsrapport januari–augusti 2024',
          '   Dnr 2024/31',
          '   Föredragande: Karin Lund, förbundschef',
          '   Beslutsärende',
          '   Bilaga 3',
          '2. Information om insatser för unga vuxna',
          '   Dnr 2024/35',
          '   Informationsärende',
          '   Föredragande: Per Holm',
          '3. Övriga frågor',
        ),
    );
    expect(doc.items.map((i) => [i.number, i.caseNumber, i.type, i.presenter, i.attachments])).toEqual([
      [1, '2024/31', 'decision', 'Karin Lund', ['3']],
      [2, '2024/35', 'information', 'Per Holm', []],
      [3, null, null, null, []],
    ]);
  });
});
