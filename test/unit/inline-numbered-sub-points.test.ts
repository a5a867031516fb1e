// Sub-points written with their point's number (`1.a Val av justerare`, `1.b …`) that a flattened
// agenda ran on into the point's title: the point's sub-items, as `a)` / `b)` run on are. A number
// other than the point's stays in the title. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const HEAD = ['KALLELSE', 'Styrelsen för Samordningsförbundet Östra Myrlandet', 'Tid: Tisdag 8 oktober 2024 kl. 13.00–15.00', 'Plats: Förbundets kontor, Myrby', '', 'Dagordning'];

describe('numbered-lettered sub-points run on into a title', () => {
  it('`1. Formalia 1.a … 1.b …` holds two sub-items', () => {
    const doc = meetingDoc(text(...HEAD, '1. Formalia 1.a Val av justerare 1.b Godkännande av dagordning', '2. Budget 2025 2a) Drift 2b) Investeringar', '3. Övriga frågor'));
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Formalia'],
      [2, 'Budget 2025'],
      [3, 'Övriga frågor'],
    ]);
    expect(item(doc, 1).subItems.map((s) => [s.label, s.title])).toEqual([
      ['a', 'Val av justerare'],
      ['b', 'Godkännande av dagordning'],
    ]);
    expect(item(doc, 2).subItems.map((s) => [s.label, s.title])).toEqual([
      ['a', 'Drift'],
      ['b', 'Investeringar'],
    ]);
  });

  it('another point\'s number stays in the title', () => {
    const doc = meetingDoc(text(...HEAD, '1. Mötets öppnande', '2. Rapport om 1.a Steget och 1.b Nova', '3. Övriga frågor'));
    expect(item(doc, 2)).toMatchObject({ title: 'Rapport om 1.a Steget och 1.b Nova', subItems: [] });
  });
});
