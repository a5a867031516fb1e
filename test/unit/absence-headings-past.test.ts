// Who stayed away, as boards' minutes write it: a heading in the verb's past (`Deltog ej`,
// `Deltog inte`, `Ej deltagande`) over the names, or the remark after the party's bracket and
// a comma (`Eva Lind (M), förhinder`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (...list: string[]): string =>
  text(
    'Samordningsförbundet Norrby', 'PROTOKOLL', 'Styrelsemöte', '', 'Datum: 2023-03-14', 'Plats: Kommunhuset, Norrby', '',
    'Närvarande', 'Anna Ek (S), ordförande', 'Per Ås (M)', '', ...list, '',
    '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.',
  );

describe('absence in the past tense, and after the party', () => {
  for (const heading of ['Deltog ej', 'Deltog inte', 'Ej deltagande', 'Deltog ej:']) {
    it(`reads the people under \`${heading}\` as absent`, () => {
      const doc = meetingDoc(minutes(heading, 'Eva Lind (M)', 'Olle Berg (S)'));
      expect(doc.participants.map((p) => [p.name, p.role, p.roleLabel])).toEqual([
        ['Anna Ek', 'member', 'Närvarande'],
        ['Per Ås', 'member', 'Närvarande'],
        ['Eva Lind', 'absent', heading.replace(':', '')],
        ['Olle Berg', 'absent', heading.replace(':', '')],
      ]);
    });
  }

  it('keeps a member whose remark follows the bracket and a comma, as absent', () => {
    const doc = meetingDoc(
      text(
        'Samordningsförbundet Norrby', 'PROTOKOLL', 'Styrelsemöte', '', 'Datum: 2023-03-14', 'Plats: Kommunhuset, Norrby', '',
        'Ledamöter', 'Anna Ek (S), ordförande', 'Eva Lind (M), förhinder', 'Olle Berg (S), anmält förhinder', 'Per Ås (M)', '',
        '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.role, p.party])).toEqual([
      ['Anna Ek', 'member', 'S'],
      ['Eva Lind', 'absent', 'M'],
      ['Olle Berg', 'absent', 'S'],
      ['Per Ås', 'member', 'M'],
    ]);
  });
});
