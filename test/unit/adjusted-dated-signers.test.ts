// Minutes that give the day they were adjusted with the signers' names after it and no label of roles: at a fullmäktige
// protocol's head, run on (`Justerat tisdagen den 1 februari 2011 Anna Ek Per Ås Eva Lund Anf. 1-7 …`), the chair the
// first where the minutes elect the others to adjust beside the chair; or at the foot, the day over the names in columns,
// the chair the one the list names so. A replaced adjuster (`ersätter Per Ås som justerare`) adjusts no more; a posting
// said in a sentence (`Protokollet har anslagits den …`) is read, a notice's posting in a § is not. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a dated line of adjusting with the signers after it', () => {
  it('reads the names after the day at the head, the chair first where the adjusters sign beside the chair', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL 1-12 Regionfullmäktige',
        'Justerat torsdagen den 3 mars 2016 Ingrid Holm Stefan Ek Maj-Britt Lund Anf. 1-4 Ordföranden delade ut priset.',
        '§ 1 Inledning Ordföranden förklarade sammanträdet öppnat.',
        '§ 2 Kungörelse Kungörelsen om fullmäktiges sammanträde anslogs den 4 februari 2016 på regionens anslagstavla och sändes samma dag till ledamöterna. Föredragningslistan infördes den 9 och 10 februari 2016 i tidningarna.',
        '§ 3 Justering Att tillsammans med ordföranden justera sammanträdets protokoll utsågs förste och andre vice ordföranden.',
      ),
    );
    expect(doc.signatures).toMatchObject({ chair: ['Ingrid Holm'], adjusters: ['Stefan Ek', 'Maj-Britt Lund'], adjustedOn: '2016-03-03', posted: null });
  });

  it('reads the names under the day at the foot, the chair as the list names it, and the posting sentence', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Kulturnämnden', 'Datum: 2019-04-10', 'Beslutande', 'Olle Berg (S), ordförande', 'Tove Lind (M)', 'Kim Sand (C)',
        '§ 1 Val av justerare', 'Till att justera dagens protokoll utsågs Tove Lind.', '§ 2 Budget', 'Nämnden beslutar att godkänna budgeten.', '',
        'Justerat den 17 april 2019', '', 'Tove Lind          Olle Berg', '', 'Vid protokollet', 'Rut Dahl', '', 'Protokollet har anslagits den 18 april 2019.',
      ),
    );
    expect(doc.signatures).toMatchObject({ chair: ['Olle Berg'], secretary: ['Rut Dahl'], adjusters: ['Tove Lind'], adjustedOn: '2019-04-17', posted: { from: '2019-04-18' } });
  });

  it('drops the adjuster another replaces', () => {
    const doc = meetingDoc(
      text('PROTOKOLL', 'Kulturnämnden', 'Datum: 2019-04-10', 'Beslutande', 'Olle Berg (S), ordförande', 'Tove Lind (M)', 'Kim Sand (C)', '§ 1 Val av justerare', 'Kim Sand (C), ersätter Tove Lind som justerare.', '§ 2 Budget', 'Nämnden beslutar att godkänna budgeten.'),
    );
    expect(doc.signatures?.adjusters).toEqual(['Kim Sand']);
  });

  it('reads no signers after a day that a sentence goes on from', () => {
    const doc = meetingDoc(
      text('PROTOKOLL', 'Kulturnämnden', 'Datum: 2019-04-10', 'Beslutande', 'Olle Berg (S), ordförande', 'Tove Lind (M)', '§ 1 Protokoll', 'Justerat den 3 april 2019 protokoll lades till handlingarna.'),
    );
    expect(doc.signatures?.chair ?? []).toEqual([]);
  });
});
