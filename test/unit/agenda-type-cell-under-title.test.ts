// A notice whose type column a converter set on a line of its own under each point's title,
// the list kept tight (`3. Ekonomisk rapport` / `Information` / `4. …`): the plain word is the
// point's own type, as the `…ärende` words there are, and no group heading of the points after
// it. Set apart by a blank line, the word stays a group heading. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const HEAD = ['KALLELSE', 'Samordningsförbundet Lindvik', 'Styrelsen', 'Tid: 2025-02-13 kl. 13.00–16.00', '', 'Dagordning'];

describe("a point's type cell on the line under its title", () => {
  it('each word types the point above it', () => {
    const doc = meetingDoc(
      text(...HEAD, '1. Mötets öppnande', '2. Val av justerare', '3. Ekonomisk rapport per januari', 'Information', '4. Ansökan om medel för insatsen Vägen', 'Beslut', '5. Verksamhetsplan 2026', 'Diskussion', '6. Övriga frågor'),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.type, i.section, i.text])).toEqual([
      [1, 'Mötets öppnande', null, null, ''],
      [2, 'Val av justerare', null, null, ''],
      [3, 'Ekonomisk rapport per januari', 'information', null, ''],
      [4, 'Ansökan om medel för insatsen Vägen', 'decision', null, ''],
      [5, 'Verksamhetsplan 2026', 'discussion', null, ''],
      [6, 'Övriga frågor', null, null, ''],
    ]);
  });

  it('set apart by a blank line, the word heads the points after it', () => {
    const doc = meetingDoc(text(...HEAD, '1. Mötets öppnande', '2. Val av justerare', '', 'Information', '3. Ekonomisk rapport', '4. Rapport från beredningsgruppen', '', 'Beslutsärenden', '5. Budget 2026', '6. Sammanträdesplan 2026'));
    expect(doc.items.map((i) => [i.number, i.type, i.section])).toEqual([
      [1, null, null],
      [2, null, null],
      [3, 'information', 'Information'],
      [4, 'information', 'Information'],
      [5, 'decision', 'Beslutsärenden'],
      [6, 'decision', 'Beslutsärenden'],
    ]);
  });

  it('under one or two points of a longer tight list, the word heads the points after it', () => {
    const doc = meetingDoc(
      text(...HEAD, '1. Mötets öppnande', '2. Val av justerare', '3. Godkännande av dagordningen', 'Information', '4. Rapport från förbundschefen', '5. Ekonomisk uppföljning', 'Beslutsärenden', '6. Verksamhetsplan 2026', '7. Budget 2026', '8. Övriga frågor'),
    );
    expect(doc.items.map((i) => [i.number, i.type, i.section])).toEqual([
      [1, null, null],
      [2, null, null],
      [3, null, null],
      [4, 'information', 'Information'],
      [5, 'information', 'Information'],
      [6, 'decision', 'Beslutsärenden'],
      [7, 'decision', 'Beslutsärenden'],
      [8, 'decision', 'Beslutsärenden'],
    ]);
  });
});
