// A web agenda's points numbered with one space before the title, where a title opens with an abbreviation
// (`2 ESF-projekt Steget vidare`, `4 LSS/LASS, information`, `6 PM: Lokalförsörjning …`): each is a point of
// its own, not text of the point before. A number before a bare abbreviation is still no point. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const agenda = (...points: string[]): string =>
  text('Sammanträde 2013-03-21', '', 'Datum', 'Klockan', '18:00', 'Plats', 'Medborgarhuset, Norrvik', '', ...points.flatMap((p) => [p, '']));

describe('spaced agenda points whose title opens with an abbreviation', () => {
  it('are points of their own', () => {
    const items = parseText(
      agenda('1 Val av justerare och dag för justering', '2 ESF-projekt Steget vidare', '3 IT-strategi 2024', '4 LSS/LASS, information', '5 Redovisning av projektet Trygga skolvägar', '6 PM: Lokalförsörjning för förskolan 2014', '7 Månadsrapport februari 2013'),
    ).documents[0]!.items;
    expect(items.map((it) => it.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(items.map((it) => it.title)).toContain('ESF-projekt Steget vidare');
    expect(items.map((it) => it.title)).toContain('PM: Lokalförsörjning för förskolan 2014');
    expect(items[0]!.text).toBe('');
  });

  it('but a number before a bare abbreviation opens none', () => {
    const items = parseText(agenda('1 Val av justerare', '2 Budget 2014', '3 MKR avsätts till lekplatser.', '3 Övriga frågor')).documents[0]!.items;
    expect(items.map((it) => it.number)).toEqual([1, 2, 3]);
    expect(items[2]!.title).toBe('Övriga frågor');
    expect(items[1]!.text).toContain('3 MKR avsätts');
  });
});
