// Minutes or notes that list their points (`1. Mötets öppnande` …, no text under any) and then give each point again
// as a heading over its text, without its number: one set of items, each point's text under its own heading, not
// every text in the last point's body. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const read = (lines: string[]) => meetingDoc(lines.join('\n')).items.map((i) => [i.number, i.title, i.text, i.decisions.length]);

describe('points listed, then each again as a heading over its text', () => {
  it('headings as the list writes them', () => {
    const lines = ['Protokoll från styrelsemöte i Föreningen Ljungbacken 2023-03-12', '', 'Närvarande: Lina Ros, Olof Berg, Kim Sand', '', '1. Mötets öppnande', '2. Val av justerare', '3. Ekonomi', '', 'Mötets öppnande', 'Ordföranden öppnade mötet.', '', 'Val av justerare', 'Till justerare valdes Kim Sand.', '', 'Ekonomi', 'Styrelsen beslutade att lägga rapporten till handlingarna.', ''];
    expect(read(lines)).toEqual([
      [1, 'Mötets öppnande', 'Ordföranden öppnade mötet.', 0],
      [2, 'Val av justerare', 'Till justerare valdes Kim Sand.', 1],
      [3, 'Ekonomi', 'Styrelsen beslutade att lägga rapporten till handlingarna.', 1],
    ]);
  });

  it('headings in capitals, a point without a heading of its own', () => {
    const lines = ['Minnesanteckningar nätverksmöte Hälsa Väst 2023-05-04', '', 'Deltagare: Lina Ros, Olof Berg', '', '1. Inledning', '2. Hälsodata', '3. Övrigt', '4. Nästa möte', '', 'INLEDNING', 'Ordföranden hälsade välkommen.', '', 'HÄLSODATA', 'Olof Berg presenterade siffrorna.', '', 'NÄSTA MÖTE', 'Nästa möte hålls den 7 september.', ''];
    const items = read(lines);
    expect(items.map((i) => i[2])).toEqual(['Ordföranden hälsade välkommen.', 'Olof Berg presenterade siffrorna.', '', 'Nästa möte hålls den 7 september.']);
  });

  it('a list whose points have their own text is left as read', () => {
    const lines = ['Protokoll från styrelsemöte i Föreningen Ljungbacken 2023-03-12', '', '1. Mötets öppnande', 'Ordföranden öppnade mötet.', '', '2. Ekonomi', 'Kassören redogjorde för ekonomin.', 'Mötets öppnande', 'Ordet mötets öppnande står här på en rad.', ''];
    const items = read(lines);
    expect(items[0]![2]).toBe('Ordföranden öppnade mötet.');
    expect(items[1]![2]).toContain('Ordet mötets öppnande står här på en rad.');
  });
});
