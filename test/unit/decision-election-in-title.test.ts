// An election written whole on the point's own line, the elected after a colon or a dash and no stop (`§ 2 Val av
// justerare: Karin Lund`, `§ 3 Val av protokolljusterare – Per Ek`), and the elected one a line under an election
// point (`Val av justerare` / `Anna Berg` / `Olle Sand`), as board minutes write their standing points: the election is
// the point's decision. Not a dash before an organ's name, and not in a notice. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const board = (...points: string[]) =>
  meetingDoc(text('PROTOKOLL', 'Styrelsen för Samordningsförbundet Norrby', 'Datum 2024-03-12', '', '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.', '', ...points, '', '§ 9 Mötets avslutande', 'Ordföranden avslutade mötet.'));
const decided = (doc: ReturnType<typeof board>, n: number) => item(doc, n).decisions.map((d) => [d.by, d.text, d.line]);

describe('an election on the point’s own line', () => {
  it('the elected after a colon, no stop', () => {
    const doc = board('§ 2 Val av justerare: Karin Lund', '', '§ 3 Val av justerare: Karin Lund och Bo Ek');
    expect(decided(doc, 2)).toEqual([[null, 'Val av justerare: Karin Lund', 8]]);
    expect(decided(doc, 3)).toEqual([[null, 'Val av justerare: Karin Lund och Bo Ek', 10]]);
  });

  it('the elected after a dash', () => {
    const doc = board('§ 2 Val av protokolljusterare – Per Ek', '', '§ 3 Val av sekreterare - Lisa Holm.');
    expect(decided(doc, 2)).toEqual([[null, 'Val av protokolljusterare – Per Ek', 8]]);
    expect(decided(doc, 3)).toEqual([[null, 'Val av sekreterare - Lisa Holm.', 10]]);
  });

  it('not an organ after the dash', () => {
    const doc = board('§ 2 Val av ordförande – Region Norrby');
    expect(decided(doc, 2)).toEqual([]);
  });

  it('not in a notice', () => {
    const doc = meetingDoc(text('KALLELSE', 'Styrelsen för Samordningsförbundet Norrby', 'Datum 2024-03-12', '', '§ 1 Mötets öppnande', '', '§ 2 Val av justerare: Karin Lund', '', '§ 3 Mötets avslutande'));
    expect(item(doc, 2).decisions).toEqual([]);
  });
});

describe('the elected one a line under an election point', () => {
  it('two names', () => {
    const doc = board('§ 2 Val av justerare', 'Anna Berg', 'Olle Sand');
    expect(decided(doc, 2)).toEqual([[null, 'Anna Berg\nOlle Sand', 9]]);
    expect(item(doc, 2).title).toBe('Val av justerare');
  });

  it('not a name and a sentence', () => {
    const doc = board('§ 2 Val av justerare', 'Anna Berg', 'Justering sker den 20 mars.');
    expect(decided(doc, 2)).toEqual([]);
  });
});
