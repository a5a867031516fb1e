// A list's heading beside a row of column heads, one of which says whom the person in the row
// serves for (`Beslutande ledamöter   Ledamot   Ersätter`): the heads name nobody, the rows
// under them are the list, and a name in the `Ersätter` column is the member the row's
// person serves for. Every name, place and date is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutesWith = (...rows: string[]): ReturnType<typeof meetingDoc> =>
  meetingDoc(
    text(
      'PROTOKOLL',
      'Samordningsförbundet Mellanå',
      'Styrelsen',
      '',
      'Datum: 2024-02-14',
      'Plats: Förbundets kansli, Åby',
      '',
      ...rows,
      '',
      'Övriga deltagare       Rut Sjövall, förbundschef',
      '',
      '§ 1 Mötets öppnande',
      'Ordföranden öppnar mötet.',
      '',
      '§ 2 Val av justerare',
      'Tord Bjerke väljs att justera protokollet.',
    ),
  );

describe('`Ledamot   Ersätter` beside a list’s heading', () => {
  it('reads the rows under it as the list, the second column as whom a deputy serves for', () => {
    const doc = minutesWith(
      'Beslutande ledamöter   Ledamot                      Ersätter',
      '                       Maja Forsell (S), ordförande',
      '                       Tord Bjerke (M)',
      '                       Greta Ulvås (C)              Sven Dahlin (C)',
    );
    expect(doc.participants.map((p) => [p.name, p.role, p.party, p.position, p.substituteFor])).toEqual([
      ['Maja Forsell', 'member', 'S', 'ordförande', null],
      ['Tord Bjerke', 'member', 'M', null, null],
      ['Greta Ulvås', 'deputy', 'C', null, 'Sven Dahlin'],
      ['Rut Sjövall', 'other', null, 'förbundschef', null],
    ]);
  });

  it('reads the names under the heading itself as well', () => {
    const doc = minutesWith(
      'Beslutande        Ledamot              Ersätter',
      'Maja Forsell (S)',
      'Greta Ulvås (C)                        Sven Dahlin (C)',
      'Tord Bjerke (M)',
    );
    expect(doc.participants.map((p) => [p.name, p.role, p.substituteFor])).toEqual([
      ['Maja Forsell', 'member', null],
      ['Greta Ulvås', 'deputy', 'Sven Dahlin'],
      ['Tord Bjerke', 'member', null],
      ['Rut Sjövall', 'other', null],
    ]);
  });

  it('keeps `Tjänstgör för` as the same kind of column', () => {
    const doc = minutesWith(
      'Närvarande ledamöter   Namn                  Tjänstgör för',
      '                       Maja Forsell (S)',
      '                       Greta Ulvås (C)       Sven Dahlin (C)',
    );
    expect(doc.participants.map((p) => [p.name, p.role, p.substituteFor])).toEqual([
      ['Maja Forsell', 'member', null],
      ['Greta Ulvås', 'deputy', 'Sven Dahlin'],
      ['Rut Sjövall', 'other', null],
    ]);
  });
});

describe('the `Ersätter` column ends with its table', () => {
  it('leaves a second list’s two columns of names alone', () => {
    const doc = minutesWith(
      'Beslutande ledamöter   Ledamot                      Ersätter',
      '                       Maja Forsell (S)',
      '                       Greta Ulvås (C)              Sven Dahlin (C)',
      'Ersättare',
      '                       Olof Brandt (S)              Lina Hed (M)',
    );
    expect(doc.participants.map((p) => [p.name, p.role, p.substituteFor])).toEqual([
      ['Maja Forsell', 'member', null],
      ['Greta Ulvås', 'deputy', 'Sven Dahlin'],
      ['Olof Brandt', 'deputy', null],
      ['Lina Hed', 'deputy', null],
      ['Rut Sjövall', 'other', null],
    ]);
  });
});
