// Notes and minutes that name their note-taker by a label right under the lists of who took
// part (`Närvarande: …` / `Antecknare: Maja Sten`, `Vid pennan: …`, `Protokollförare: …`):
// she was there, one of the others, unless a list already names her; the signature grid's
// `Sekreterare` further down adds nobody. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const roster = (doc: ReturnType<typeof meetingDoc>) => doc.participants.map((p) => [p.name, p.role, p.roleLabel, p.position]);

describe('the note-taker under the lists', () => {
  it('adds the note-taker of notes as one of the others', () => {
    const doc = meetingDoc(
      text(
        'Minnesanteckningar',
        'Styrgruppen, Samordningsförbundet Norrdal',
        'Datum: 2021-04-12',
        'Närvarande: Anna Ek, Försäkringskassan; Bo Lind, Arbetsförmedlingen',
        'Frånvarande: Olle Berg, Region Norrland',
        'Vid pennan: Maja Sten, förbundschef',
        '1. Mötets öppnande',
        'Mötet öppnades.',
      ),
    );
    expect(roster(doc)).toEqual([
      ['Anna Ek', 'other', 'Närvarande', null],
      ['Bo Lind', 'other', 'Närvarande', null],
      ['Olle Berg', 'absent', 'Frånvarande', null],
      ['Maja Sten', 'other', 'Vid pennan', 'förbundschef'],
    ]);
    expect(doc.signatures?.secretary).toEqual(['Maja Sten']);
  });

  it('adds nobody where a list names the note-taker already', () => {
    const doc = meetingDoc(
      text(
        'Protokoll',
        'Styrelsen, Samordningsförbundet Norrdal',
        'Datum: 2021-04-12',
        'Ledamöter: Anna Ek (S), ordförande, Bo Lind (M)',
        'Övriga: Maja Sten, förbundschef',
        'Protokollförare: Maja Sten',
        '§ 1 Mötets öppnande',
        'Mötet öppnades.',
      ),
    );
    expect(doc.participants.filter((p) => p.name === 'Maja Sten').map((p) => p.roleLabel)).toEqual(['Övriga']);
  });
});
