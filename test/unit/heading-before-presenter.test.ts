// A text flattened a paragraph a line runs a body part's heading on before the sentence under it (`Bakgrund Jonas Wiik
// föredrar ärendet.`): the heading is no part of the presenter's name. Every text is invented.
import { describe, expect, it } from 'vitest';
import { nameOf } from '../../src/parse/decisions/presenter.js';
import { parse } from '../../src/index.js';

describe('a one-word heading run on before the presenter', () => {
  it('is taken off the name, and only a heading word is', () => {
    expect(nameOf('Bakgrund Jonas Wiik')).toBe('Jonas Wiik');
    expect(nameOf('Ärendet Saga Lindqvist Berg (PwC)')).toBe('Saga Lindqvist Berg');
    // a given name that is no heading stays; a heading word alone before one name is left as it is
    expect(nameOf('Jonas Wiik')).toBe('Jonas Wiik');
    expect(nameOf('Beslutsgång Eva')).toBe('Beslutsgång Eva');
  });

  it('gives the presenter of points whose heading ran into the sentence', () => {
    const text = [
      'ANTECKNINGAR Revisorerna i Ekdala kommun 2025-10-06',
      'Närvarande Pia Strand, Olof Hed, Mona Ek',
      '1 Delårsrapport 2025',
      'Bakgrund Jonas Wiik föredrar ärendet.',
      'Revisorerna noterar informationen.',
      '2 Granskning av lönerutiner',
      'Ärendet Saga Lindqvist Berg (PwC) föredrar granskningen.',
      'Revisorerna godkänner rapporten.',
      '3 Övriga frågor',
      'Inga övriga frågor.',
      '',
    ].join('\n');
    const items = parse(text).documents[0]!.items;
    expect(items.map((i) => [i.number, i.presenter])).toEqual([
      [1, 'Jonas Wiik'],
      [2, 'Saga Lindqvist Berg'],
      [3, null],
    ]);
  });
});
