// A sharing site's transcript of minutes, one page a line, each page opening with its
// number and the running header `SAMMANTRÄDESPROTOKOLL Sammanträdesdatum` (the date itself
// lost with the header's other cell), the front page going on over two pages, and the
// labels of time and place in a row before their values. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, parseText } from './helpers.js';

const PAGES = [
  '1 SAMMANTRÄDESPROTOKOLL Sammanträdesdatum Kommunfullmäktige Tid Plats 18:30-20:15 Folkets hus, Dalby Beslutande ledamöter ' +
    'Hanna Ekdahl (S) (ordförande) Ivar Dahlin (M) (vice ordförande) Moa Bergkvist (S) Sten Lund (C) Ej tjänstgörande ersättare Page 1 of 5',
  '2 SAMMANTRÄDESPROTOKOLL Sammanträdesdatum Jonas Rask (SD) Olle Lindgren (V) Övriga Lena Falk (Kommundirektör) Stina Torp ' +
    '(Kommunsekreterare) Protokollet innehåller paragraferna Ordförande Hanna Ekdahl (S) Justerare Sten Lund (C) Moa Bergkvist (S) ' +
    'Sekreterare Stina Torp Justerare signatur Utdragsbestyrkande Page 2 of 5',
  '3 SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 14 Val av justerare Beslut Kommunfullmäktige utser Sten Lund och Moa Bergkvist att ' +
    'justera protokollet. Justerare signatur Utdragsbestyrkande Page 3 of 5',
  '4 SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 15 Årsredovisning för 2022 Beslut Kommunfullmäktige godkänner årsredovisningen. ' +
    'Justerare signatur Utdragsbestyrkande Page 4 of 5',
  '5 SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 16 Motion om fler cykelvägar Beslut Motionen avslås. Justerare signatur Utdragsbestyrkande Page 5 of 5',
];
const TEXT = PAGES.join('\n\n') + '\n';

describe('a transcript whose pages open with the kind and the date label', () => {
  it('reads the header as the pages’ furniture, not as a deputy’s name, and the front page’s second page as its own', () => {
    expect(parseText(TEXT).documents).toHaveLength(1);
    const doc = meetingDoc(TEXT);
    expect(doc.participants.map((p) => [p.name, p.role])).toEqual([
      ['Hanna Ekdahl', 'member'],
      ['Ivar Dahlin', 'member'],
      ['Moa Bergkvist', 'member'],
      ['Sten Lund', 'member'],
      ['Jonas Rask', 'deputy'],
      ['Olle Lindgren', 'deputy'],
      ['Lena Falk', 'other'],
      ['Stina Torp', 'other'],
    ]);
    expect(doc.signatures?.adjusters).toEqual(['Sten Lund', 'Moa Bergkvist']);
  });

  it('finds the §§ whose signs the transcript lost under the header', () => {
    const doc = meetingDoc(TEXT);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [14, 'Val av justerare'],
      [15, 'Årsredovisning för 2022'],
      [16, 'Motion om fler cykelvägar'],
    ]);
  });

  it('reads the hours and the place from the row of values under `Tid Plats`', () => {
    const m = meetingDoc(TEXT).meeting;
    expect([m?.startTime, m?.endTime, m?.location]).toEqual(['18:30', '20:15', 'Folkets hus, Dalby']);
  });
});
