// Notes that name their people by given name alone, the position after it: `Maria förbundschef`
// one a line, `Maria, förbundschef`, `Maria (förbundschef)` in a run. The position is the
// person's, never an organisation, and the list is not lost. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const notes = (...list: string[]): string =>
  text('Samordningsförbundet Norrby', 'MINNESANTECKNINGAR', 'Beredningsgrupp 2023-03-14', '', ...list, '', '1. Mötets öppnande', 'Maria öppnade mötet.');
const read = (t: string): unknown[] => meetingDoc(t).participants.map((p) => [p.name, p.position, p.organisation]);

describe('given names with positions', () => {
  it('reads them one a line', () => {
    expect(read(notes('Närvarande', 'Maria förbundschef', 'Karl, ekonom', 'Lena Holm (C)'))).toEqual([
      ['Maria', 'förbundschef', null],
      ['Karl', 'ekonom', null],
      ['Lena Holm', null, null],
    ]);
  });

  it('reads a position in the bracket as one, and an organisation as one', () => {
    expect(read(notes('Närvarande: Maria (förbundschef), Karl ekonom och Lena (FK)'))).toEqual([
      ['Maria', 'förbundschef', null],
      ['Karl', 'ekonom', null],
      ['Lena', null, 'FK'],
    ]);
  });
});
