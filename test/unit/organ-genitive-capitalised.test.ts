// An organ's genitive that opens the part after a name, capitalised as the part's first word (`Per Ek,
// Beredningsgruppens ordförande`, `Styrelsens vice ordförande`): it says whose position it is, as in lower case
// (`kommunstyrelsens ordförande`), and is no organisation. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const DOC = meetingDoc(
  text(
    'PROTOKOLL', 'Samordningsförbundet Ekbygd', 'Styrelsen', 'Datum: 2023-05-12', '',
    'Beslutande', 'Anna Berg, ordförande, Ekby kommun', 'Per Lind, ledamot, Försäkringskassan', '',
    'Övriga',
    'Ola Berg, Beredningsgruppens ordförande, Ekby kommun',
    'Siv Ek, Styrelsens vice ordförande',
    '',
    '§ 5 Mötets öppnande', 'Ordföranden öppnade mötet.',
  ),
);

describe('a capitalised organ’s genitive before a position', () => {
  it('belongs to the position', () => {
    expect(DOC.participants.filter((p) => p.role === 'other').map((p) => [p.name, p.position, p.organisation, p.note])).toEqual([
      ['Ola Berg', 'Beredningsgruppens ordförande', 'Ekby kommun', null],
      ['Siv Ek', 'Styrelsens vice ordförande', null, null],
    ]);
  });
});
