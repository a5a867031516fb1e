// Minutes that list their points under `Dagordning` and then treat them again under the same numbers, the titles
// printed in capitals over their text (`1. MÖTETS ÖPPNANDE`): one set of items, the minutes', not a notice of its
// own beside minutes with none. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const FRONT = ['Protokoll från styrelsemöte i Föreningen Ljungbacken 2023-03-12', '', 'Närvarande: Lina Ros, Olof Berg, Kim Sand', ''];
const read = (lines: string[]) => parse(lines.join('\n')).documents.map((d) => [d.kind, d.items.map((i) => [i.number, i.title.toLowerCase(), i.decisions.length])]);

describe('an agenda listed inside the minutes, its points again in capitals', () => {
  it('Dagordning over 1. … then 1. IN CAPITALS over each text', () => {
    const lines = [...FRONT, 'Dagordning', '1. Mötets öppnande', '2. Val av justerare', '3. Ekonomi', '', '1. MÖTETS ÖPPNANDE', 'Ordföranden öppnade mötet.', '', '2. VAL AV JUSTERARE', 'Till justerare valdes Kim Sand.', '', '3. EKONOMI', 'Styrelsen beslutade att lägga rapporten till handlingarna.', ''];
    expect(read(lines)).toEqual([
      ['minutes', [[1, 'mötets öppnande', 0], [2, 'val av justerare', 1], [3, 'ekonomi', 1]]],
    ]);
  });

  it('Föredragningslista: over 1) … with 1) IN CAPITALS after', () => {
    const lines = [...FRONT, 'Föredragningslista:', '1) Inledning', '2) Medlemsfrågor', '', '1) INLEDNING', 'Ordföranden hälsade välkommen.', '', '2) MEDLEMSFRÅGOR', 'Mötet beslutade att anta två nya medlemmar.', ''];
    expect(read(lines)).toEqual([['minutes', [[1, 'inledning', 0], [2, 'medlemsfrågor', 1]]]]);
  });

  it('capitals of another title under the same number do not make the list the minutes’ own', () => {
    const lines = [...FRONT, '', '', '', 'Dagordning', '1. Mötets öppnande', '2. Val av justerare', '', 'Bilaga', '1. BUDGETFÖRSLAG', 'Siffrorna gäller helåret.', ''];
    expect(read(lines).map((d) => d[0])).toContain('notice');
  });
});
