// A list of people whose column of positions an extractor printed row by row, each position on the line under its
// name (`Ulla Brink (C)` / `Ordförande` / `Ivar Lind (S)` / `Vice ordförande`): `Ordförande` and `Sekreterare` there
// are positions, not the signers' labels over the next name. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (...list: string[]) =>
  meetingDoc(text('PROTOKOLL', 'Samordningsförbundet Sjöbygd, styrelsen', 'Datum 2022-02-10', '', 'Närvarande', ...list, '', 'Övriga', 'Stina Ros, förbundschef', '', '§ 1 Val av justerare', 'Styrelsen beslutar att utse Axel Moen att justera protokollet.'));
const positions = (doc: ReturnType<typeof meetingDoc>) => doc.participants.map((p) => [p.name, p.position]);

describe('positions on the line under each name of a list', () => {
  it('are the names\' positions, `Ordförande` and `Sekreterare` too, and nobody signs', () => {
    const doc = minutes('Greta Lund (C)', 'Ordförande', 'Axel Moen (S)', 'Sekreterare', 'Lova Ek (M)', 'Ledamot');
    expect(positions(doc)).toEqual([['Greta Lund', 'ordförande'], ['Axel Moen', 'sekreterare'], ['Lova Ek', null], ['Stina Ros', 'förbundschef']]);
    expect(doc.signatures?.chair ?? []).toEqual([]);
    expect(doc.signatures?.secretary ?? []).toEqual([]);
  });

  it('a list that starts with another position reads the same', () => {
    const doc = minutes('Lova Ek (M)', 'Vice ordförande', 'Greta Lund (C)', 'Ordförande', 'Axel Moen (S)', 'Ledamot');
    expect(positions(doc).slice(0, 3)).toEqual([['Lova Ek', 'vice ordförande'], ['Greta Lund', 'ordförande'], ['Axel Moen', null]]);
    expect(doc.signatures?.chair ?? []).toEqual([]);
  });

  it('leaves the signers\' labels after a list of names with their positions beside them (guard)', () => {
    const doc = meetingDoc(text('PROTOKOLL', 'Samordningsförbundet Sjöbygd, styrelsen', 'Datum 2022-02-10', 'Närvarande', 'Greta Lund (C), ordförande', 'Axel Moen (S), ledamot', 'Sekreterare', 'Stina Ros', 'Ordförande', 'Greta Lund', '§ 1 Val av justerare', 'Styrelsen beslutar att utse Axel Moen att justera protokollet.'));
    expect(doc.signatures).toMatchObject({ secretary: ['Stina Ros'], chair: ['Greta Lund'] });
  });
});
