// A web agenda that letters points under a number, the letter after a space and no mark (`22 a Tillsynsplan …` /
// `22 b Begäran …`, or `22 a) …`): the lettered points are sub-items of that number, under a point of their own
// where the agenda prints one, else under a point that holds nothing but them. An added point printed before
// the one it was lettered after (`9 a …` / `9 …`) leaves that one a point. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const agenda = (...points: string[]): string =>
  text('Sammanträde 2010-03-25', '', 'Datum', 'Klockan', '18:00', 'Plats', 'Ekbyträffen', '', '1 Val av justerare och dag för justering', '', '7 Förvaltningens information', '', 'Beslutsärenden', '', '8 Månadsrapport februari 2010', '', ...points.flatMap((p) => [p, '']), '10 Studieresa till Tammerfors', '', '11 Detaljplan för Ekbyhöjden');

const shape = (doc: ReturnType<typeof meetingDoc>) => doc.items.map((i) => [i.number, i.title, i.subItems.map((s) => [s.label, s.title])]);

describe('points lettered under a number, `9 a Title`', () => {
  it('with no point 9 of its own: point 9 holds them', () => {
    const doc = meetingDoc(agenda('9 a Tillsynsplan 2010 för enskild verksamhet', '9 b Begäran om tillsynsplan för verksamhet enligt LSS'));
    expect(doc.kind).toBe('notice');
    expect(shape(doc)).toEqual([
      [1, 'Val av justerare och dag för justering', []],
      [7, 'Förvaltningens information', []],
      [8, 'Månadsrapport februari 2010', []],
      [9, 'Tillsynsplan 2010 för enskild verksamhet', [['a', 'Tillsynsplan 2010 för enskild verksamhet'], ['b', 'Begäran om tillsynsplan för verksamhet enligt LSS']]],
      [10, 'Studieresa till Tammerfors', []],
      [11, 'Detaljplan för Ekbyhöjden', []],
    ]);
    expect(doc.items[2]!.text).toBe('');
  });

  it('under a point 9 of its own, and with the letter in a bracket', () => {
    const doc = meetingDoc(agenda('9 Uppföljning av tillsynen', '9 a) Tillsynsplan 2010 för enskild verksamhet', '9 b) Begäran om tillsynsplan för verksamhet enligt LSS'));
    expect(shape(doc)[3]).toEqual([9, 'Uppföljning av tillsynen', [['a', 'Tillsynsplan 2010 för enskild verksamhet'], ['b', 'Begäran om tillsynsplan för verksamhet enligt LSS']]]);
    expect(doc.items.map((i) => i.number)).toEqual([1, 7, 8, 9, 10, 11]);
  });

  it('a point added before the one it was lettered after leaves that one a point', () => {
    const doc = meetingDoc(agenda('9 a Månadsrapport mars 2010', '9 Ansökan om projektbidrag från socialfonden'));
    expect(doc.items.map((i) => [i.number, i.title])).toContainEqual([9, 'Ansökan om projektbidrag från socialfonden']);
    expect(doc.items.find((i) => i.number === 8)!.text).toBe('');
  });

  it('a capital letter, `9 A …`, under the point 9 before it', () => {
    const doc = meetingDoc(agenda('9 Uppföljning av tillsynen', '9 A Fyllnadsval till pensionärsrådet'));
    expect(shape(doc)[3]).toEqual([9, 'Uppföljning av tillsynen', [['a', 'Fyllnadsval till pensionärsrådet']]]);
  });
});
