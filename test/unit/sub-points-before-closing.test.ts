// A notice whose last point has lettered sub-points (`5. Information` / `a) Larmstatistik` /
// `b) Rekrytering`) and then closes (`Välkomna!`, the signer): the closing is no text the
// list goes on into, so the points stay sub-items; they were read as the point's text. In
// minutes, a lettered list that the § goes on after is still its text. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const notice = (...end: string[]) =>
  meetingDoc(text('Kallelse', 'Direktionen', '', 'Datum: 2024-09-12', '', '1. Sammanträdets öppnande', '', '2. Information', 'a) Larmstatistik', 'b) Rekrytering av deltidsbrandmän', '', ...end));

describe('lettered sub-points before a notice closing', () => {
  it('stay sub-items above `Välkomna!`', () => {
    const doc = notice('Välkomna!', 'Anna Berg', 'Ordförande');
    expect(item(doc, 2).subItems.map((s) => [s.label, s.title])).toEqual([
      ['a', 'Larmstatistik'],
      ['b', 'Rekrytering av deltidsbrandmän'],
    ]);
    expect(doc.signatures?.chair).toEqual(['Anna Berg']);
  });

  it('stay sub-items above `Anmäl förhinder …`', () => {
    const doc = notice('Anmäl förhinder till sekreteraren senast den 10 september.');
    expect(item(doc, 2).subItems).toHaveLength(2);
  });

  it('are still text where a sentence goes on after them', () => {
    const doc = notice('Förbundschefen redogör för läget.');
    expect(item(doc, 2).subItems).toHaveLength(0);
  });
});
