// A protokoll's contents page flattened onto one line under `Ärenden`, its §§ counting on
// from an earlier meeting's (`Ärenden 60 Title 61 Title …`), the paragraphs themselves cut
// off: the entries are the items. A notice's `Ärenden 1 … 2 …` stays the notice's own
// agenda. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a one-line contents list headed Ärenden', () => {
  it('names the §§ of minutes that count on from an earlier meeting', () => {
    const doc = meetingDoc(
      text(
        '1 Kulturnämnden (12) Tid och plats Beslutande Måndagen den 4 maj 2026 klockan 18.00 i Biblioteket Anna Berg (s), ordförande Olof Lind (m) Tid och plats för justering Tisdagen den 12 maj 2026 Underskrifter Sekreterare Eva Ek Ordförande Anna Berg Justerande Olof Lind',
        '',
        '2 Kulturnämnden (12) Ärenden 31 Fastställande av dagordning 32 Anmälningsärenden 33 Bidrag till studieförbund 2027 34 Information om biblioteksplanen 35 Förvaltningschefen informerar',
      ),
    );
    expect(doc.kind).toBe('minutes');
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [31, 'Fastställande av dagordning'],
      [32, 'Anmälningsärenden'],
      [33, 'Bidrag till studieförbund 2027'],
      [34, 'Information om biblioteksplanen'],
      [35, 'Förvaltningschefen informerar'],
    ]);
  });
});
