// A roll run on into one line, its lists' headings with colons, where the absent's heading without its colon
// follows the last person of a list (`… Siv Ek (C) Anmält förhinder Övriga: …`): a remark on that person,
// who stayed away, not an empty list of the absent; the others in the list keep their role. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const minutes = (roll: string): string =>
  `Direktionen Sammanträdesprotokoll Plats och tid: Brandstation Ekby, kl. 13:00 ${roll}\n\n§ 1 Val av justerare\nLisa Holm utses.\n`;

const who = (t: string) => meetingDoc(t).participants.map((p) => [p.name, p.role, p.party]);

describe('an absence remark after the last name of a run-on roll list', () => {
  it('reads the person before the remark as absent, the others as deputies', () => {
    expect(who(minutes('Beslutande: Karl Berg (S), ordförande Lisa Holm (M) Ersättare: Nils Ek (C) Kerstin Lund (M) Sven Ås (C) Anmält förhinder Övriga: Maria Wall (S)'))).toEqual([
      ['Karl Berg', 'member', 'S'],
      ['Lisa Holm', 'member', 'M'],
      ['Nils Ek', 'deputy', 'C'],
      ['Kerstin Lund', 'deputy', 'M'],
      ['Sven Ås', 'absent', 'C'],
      ['Maria Wall', 'other', 'S'],
    ]);
  });

  it('still reads the heading before names as the absent list', () => {
    expect(who(minutes('Beslutande: Karl Berg (S) Lisa Holm (M) Anmält förhinder: Nils Ek (C) Övriga: Maria Wall (S)'))).toEqual([
      ['Karl Berg', 'member', 'S'],
      ['Lisa Holm', 'member', 'M'],
      ['Nils Ek', 'absent', 'C'],
      ['Maria Wall', 'other', 'S'],
    ]);
  });
});
