// A federation board's minutes number their points `1. Sammanträdets öppnande` / `1.a Protokolljusterare` /
// `1.b …` and then `2.a Finansiering …` / `2.b Budget …` with no `2.` line of its own: point 2 is the points
// lettered under it, its title the first one's (as `§ 3 a` with no `§ 3`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = text(
  'Protokoll nr 5 vid Förbundsstyrelsens sammanträde den 3 maj 2006, Föreningshuset, Ekby',
  '',
  'Deltagande: Rolf Berg (Ordf), Jane Ek, Leif Holm',
  '',
  '1. Sammanträdets öppnande',
  'Ordf öppnar mötet och hälsar samtliga välkomna.',
  '',
  '1.a Protokolljusterare',
  'Till protokolljusterare utses Leif Holm.',
  '',
  '1.b Godkännande av föredragningslistan',
  'Förslaget till föredragningslista godkänns.',
  '',
  '2.a Finansiering av förbundet i framtiden',
  'Ordf föredrar ärendet muntligt.',
  '',
  '2.b Budget 2007',
  'Förbundsstyrelsen beslutar att anta budgeten.',
  '',
  '3. Rapporter',
  'Generalsekreteraren rapporterar.',
);

describe('lettered points under a number with no line of its own', () => {
  it('make that point, its sub-items the lettered ones', () => {
    const doc = meetingDoc(minutes);
    expect(doc.items.map((i) => [i.number, i.title, i.subItems.map((s) => [s.label, s.title])])).toEqual([
      [1, 'Sammanträdets öppnande', [['a', 'Protokolljusterare'], ['b', 'Godkännande av föredragningslistan']]],
      [2, 'Finansiering av förbundet i framtiden', [['a', 'Finansiering av förbundet i framtiden'], ['b', 'Budget 2007']]],
      [3, 'Rapporter', []],
    ]);
    expect(doc.items[0]!.subItems[1]!.text).toBe('Förslaget till föredragningslista godkänns.');
  });
});
