// Under an election point, the elected after the office as a label (`Justerare: Vera Holm`, `Protokolljusterare: Arne
// Stål (M)`, `Ordinarie: …` / `Ersättare: …`) or with `jämte ordföranden` after the name (`Vera Holm jämte
// ordföranden`), as notes and board minutes write their standing points: the point's decision, as the name alone under
// it is. Not a label of something else, and not in a notice. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const board = (...points: string[]) =>
  meetingDoc(text('PROTOKOLL', 'Styrelsen för Samordningsförbundet Fjällby', 'Datum 2024-05-14', '', '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.', '', ...points, '', '§ 9 Mötets avslutande', 'Ordföranden avslutade mötet.'));
const decided = (...body: string[]) => item(board('§ 2 Val av justerare', ...body), 2).decisions.map((d) => [d.by, d.text, d.line]);

describe('the elected after the office’s label', () => {
  it('the title’s own office', () => {
    expect(decided('Justerare: Vera Holm')).toEqual([[null, 'Justerare: Vera Holm', 9]]);
  });

  it('another word for it, a party', () => {
    expect(decided('Protokolljusterare: Arne Stål (M)')).toEqual([[null, 'Protokolljusterare: Arne Stål (M)', 9]]);
  });

  it('the ordinary and the substitute, a line each', () => {
    expect(decided('Ordinarie: Vera Holm (S)', 'Ersättare: Arne Stål (M)')).toEqual([[null, 'Ordinarie: Vera Holm (S)\nErsättare: Arne Stål (M)', 9]]);
  });

  it('not another label', () => {
    expect(decided('Tid: Fredag 17 maj')).toEqual([]);
  });

  it('not in a notice', () => {
    const doc = meetingDoc(text('KALLELSE', 'Styrelsen för Samordningsförbundet Fjällby', 'Datum 2024-05-14', '', '§ 1 Mötets öppnande', '', '§ 2 Val av justerare', 'Justerare: Vera Holm', '', '§ 3 Mötets avslutande'));
    expect(item(doc, 2).decisions).toEqual([]);
  });
});

describe('the elected beside the chair', () => {
  it('jämte ordföranden', () => {
    expect(decided('Vera Holm jämte ordföranden')).toEqual([[null, 'Vera Holm jämte ordföranden', 9]]);
  });

  it('a comma, a party and a stop', () => {
    expect(decided('Arne Stål (M), jämte ordförande.')).toEqual([[null, 'Arne Stål (M), jämte ordförande.', 9]]);
  });
});
