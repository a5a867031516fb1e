// A kommunalförbund's members listed `Name (P), Town` (the member municipality each sits for),
// the list's line breaks lost in a web archive's transcript, so that each town stands glued
// before the next person's name: `Ulla Berg (M), Storby, ordf. Sten Ahl (S), Storby Eva Rask
// (C), Norrvik Bo Dahl (S), Övre Sjöby`. The town and what follows it are the person's before.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, minutes } from './helpers.js';

const listed = (members: string, deputies: string): string =>
  minutes({ participants: `Ledamöter ${members} Ersättare ${deputies}\n` });

const fields = (members: string, deputies: string): (string | null)[][] =>
  meetingDoc(listed(members, deputies)).participants.map((p) => [p.name, p.role, p.organisation, p.party, p.position, p.note]);

describe('towns after party brackets, run on into one line', () => {
  it('gives each town to the person before it', () => {
    expect(
      fields(
        'Ulla Berg (M), Storby, ordf. Sten Ahl (S), Storby Eva Rask (C), Norrvik Bo Dahl (S), Övre Sjöby Inga-Lill Sand (KD), Ekdala Gustav Holm (V), Storby',
        'Nils Ström (S), Norrvik, tjänstgörande Karin Maria Lind (M), Ekdala Åke Ros (S), Storby (endast information) Lena Fors (MP), Övre Sjöby',
      ),
    ).toEqual([
      ['Ulla Berg', 'member', 'Storby', 'M', 'ordförande', null],
      ['Sten Ahl', 'member', 'Storby', 'S', null, null],
      ['Eva Rask', 'member', 'Norrvik', 'C', null, null],
      ['Bo Dahl', 'member', 'Övre Sjöby', 'S', null, null],
      ['Inga-Lill Sand', 'member', 'Ekdala', 'KD', null, null],
      ['Gustav Holm', 'member', 'Storby', 'V', null, null],
      ['Nils Ström', 'deputy', 'Norrvik', 'S', null, 'tjänstgörande'],
      ['Karin Maria Lind', 'deputy', 'Ekdala', 'M', null, null],
      ['Åke Ros', 'deputy', 'Storby', 'S', null, 'endast information'],
      ['Lena Fors', 'deputy', 'Övre Sjöby', 'MP', null, null],
    ]);
  });

  it('reads parties in small letters and a bracketed remark after the town', () => {
    const people = meetingDoc(listed('Ulla Berg (m), Storby, ordförande Sten Ahl (s), Norrvik Eva Rask (c), Ekdala', 'Nils Ström (s), Norrvik, (tjänstgörande) Per K Lund (kd), Storby Lena Fors (mp), Ekdala')).participants;
    expect(people.map((p) => [p.name, p.organisation, p.party])).toEqual([
      ['Ulla Berg', 'Storby', 'M'],
      ['Sten Ahl', 'Norrvik', 'S'],
      ['Eva Rask', 'Ekdala', 'C'],
      ['Nils Ström', 'Norrvik', 'S'],
      ['Per K Lund', 'Storby', 'KD'],
      ['Lena Fors', 'Ekdala', 'MP'],
    ]);
  });

  it('leaves a list of people with their parties, no towns between them, as it was', () => {
    const people = meetingDoc(listed('Ulla Berg (M), Sten Ahl (S), Karin Maria Lind (C), Bo Dahl (S)', 'Nils Ström (S)')).participants;
    expect(people.map((p) => [p.name, p.organisation, p.party])).toEqual([
      ['Ulla Berg', null, 'M'],
      ['Sten Ahl', null, 'S'],
      ['Karin Maria Lind', null, 'C'],
      ['Bo Dahl', null, 'S'],
      ['Nils Ström', null, 'S'],
    ]);
  });
});
