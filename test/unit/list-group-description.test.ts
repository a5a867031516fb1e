// A list of people under its label that opens with a few words saying who they are
// (`Yttranderätt:` / `Ordförandena i kommunstyrelserna` / `Eva Lund (s)` / `Per Ås (m)`): the
// people under those words are the label's; the whole list was lost. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a few words over the people of a list', () => {
  it('leave the people to the list’s label', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Styrelsen, Samordningsförbundet Östby', 'Datum: 2025-03-12', 'Plats: Kansliet', '',
        'Beslutande', 'Okke Sand (S), ordförande', 'Lisa Dahl (M)', '',
        'Yttranderätt:', 'Ordförandena i kommunstyrelserna', 'Eva Lund (s)', 'Per Ås (m)', '',
        '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.roleLabel, p.party])).toEqual([
      ['Okke Sand', 'Beslutande', 'S'],
      ['Lisa Dahl', 'Beslutande', 'M'],
      ['Eva Lund', 'Yttranderätt', 'S'],
      ['Per Ås', 'Yttranderätt', 'M'],
    ]);
  });
});
