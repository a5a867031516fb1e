// Agendas that letter their points instead of numbering them (`a) Mötets öppnande`,
// `b) Val av justerare`, …): each letter a point of its own, its number null and its label null
// (SCHEMA.md keeps `label` for sub-items). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const HEAD = ['KALLELSE', 'Styrelsen för Samordningsförbundet Östra Myrlandet', 'Tid: Tisdag 8 oktober 2024 kl. 13.00–15.00', 'Plats: Förbundets kontor, Myrby', ''];

describe('an agenda whose points are lettered', () => {
  it('`a)` … `e)` under `Dagordning` are the points', () => {
    const doc = meetingDoc(text(...HEAD, 'Dagordning', 'a) Mötets öppnande', 'b) Val av justerare', 'c) Budget 2025', 'd) Verksamhetsplan 2025', 'e) Övriga frågor'));
    expect(doc.items.map((i) => [i.number, i.label, i.title])).toEqual([
      [null, null, 'Mötets öppnande'],
      [null, null, 'Val av justerare'],
      [null, null, 'Budget 2025'],
      [null, null, 'Verksamhetsplan 2025'],
      [null, null, 'Övriga frågor'],
    ]);
  });

  it('`a.` points with text under them keep the text', () => {
    const doc = meetingDoc(
      text(...HEAD, 'a. Val av justerare', 'Förslag: Lisa Ek.', '', 'b. Budget 2025', 'Förslaget bifogas.', '', 'c. Övriga frågor', ''),
    );
    expect(doc.items.map((i) => [i.label, i.title, i.text])).toEqual([
      [null, 'Val av justerare', 'Förslag: Lisa Ek.'],
      [null, 'Budget 2025', 'Förslaget bifogas.'],
      [null, 'Övriga frågor', ''],
    ]);
  });

  it('two lettered lines are no agenda, nor letters that do not count from `a`', () => {
    expect(meetingDoc(text(...HEAD, 'a) Mötets öppnande', 'b) Val av justerare')).items).toEqual([]);
    expect(meetingDoc(text(...HEAD, 'b) Mötets öppnande', 'c) Val av justerare', 'd) Budget')).items).toEqual([]);
  });
});
