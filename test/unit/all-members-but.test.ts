// A list of who decided written as its exceptions under its heading (`Beslutande` / `Samtliga ledamöter närvarande
// förutom Per Lind och Eva Ek`): the members named after the words stayed away, whether or not they have parties,
// and one name alone is a list too. Every name is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (decided: string) =>
  meetingDoc(
    text(
      'Protokoll styrelsemöte', 'Samordningsförbundet Ekbygd', 'Datum: 2023-05-12', '',
      'Beslutande', decided, '',
      'Övriga', 'Siv Dal, förbundschef', '',
      '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.',
    ),
  );
const people = (decided: string) => minutes(decided).participants.map((p) => [p.name, p.role]);

describe('all the members but some', () => {
  it('reads the names after `förutom` as absent, `närvarande` between the words', () => {
    expect(people('Samtliga ledamöter närvarande förutom Per Lind och Eva Ek')).toEqual([
      ['Per Lind', 'absent'],
      ['Eva Ek', 'absent'],
      ['Siv Dal', 'other'],
    ]);
  });

  it('reads one name without a party after `utom`', () => {
    expect(people('Samtliga ledamöter utom Per Lind')).toEqual([
      ['Per Lind', 'absent'],
      ['Siv Dal', 'other'],
    ]);
  });

  it('still reads the names with their parties', () => {
    expect(people('Samtliga ledamöter utom Per Lind (S) och Eva Ek (M)')).toEqual([
      ['Per Lind', 'absent'],
      ['Eva Ek', 'absent'],
      ['Siv Dal', 'other'],
    ]);
  });
});
