// `Frånvarande: Inga` / `Anmält förhinder` over `Inga`: nobody stayed away (`Inga` is a given
// name too, but alone under an absence heading it says none). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (...absent: string[]): string =>
  text('Samordningsförbundet Norrby', 'PROTOKOLL', 'Datum: 2023-03-14', '', 'Närvarande ledamöter:', 'Anna Ek (S)', 'Per Ås (M)', '', ...absent, '', '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.');

describe('nobody absent', () => {
  it('names nobody after the heading', () => {
    expect(meetingDoc(minutes('Frånvarande: Inga')).participants.map((p) => p.name)).toEqual(['Anna Ek', 'Per Ås']);
  });

  it('names nobody under it', () => {
    expect(meetingDoc(minutes('Anmält förhinder', 'Inga.')).participants.map((p) => p.name)).toEqual(['Anna Ek', 'Per Ås']);
  });

  it('keeps a person of that given name with a surname', () => {
    expect(meetingDoc(minutes('Frånvarande: Inga Lind (C)')).participants.map((p) => [p.name, p.role])).toContainEqual(['Inga Lind', 'absent']);
  });
});
