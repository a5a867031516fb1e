// A remark that a member stayed away (`ej närvarande`, `frånvarande`, `anmält förhinder`) after
// one name inside a comma-separated list of members run on into one line: that person is absent,
// the remark no position or note of theirs, and the others stay members. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const minutes = (members: string): string =>
  `Protokoll\nPlats och tid Rådhuset, Ekby, kl. 09.00-12.00\nBeslutande ${members}\nÖvriga närvarande Eva Strand, sekreterare\n\n§ 1 Mötets öppnande\nOrdföranden öppnar mötet.\n`;

const who = (t: string) => meetingDoc(t).participants.map((p) => [p.name, p.role, p.party, p.position, p.note]);

describe('an absence remark inside a run-on members list', () => {
  it.each(['ej närvarande', 'frånvarande', 'anmält förhinder'])('reads `%s` after one member as that member absent', (remark) => {
    expect(who(minutes(`Tove Lind (S), ordförande, Kent Ås (M) ${remark}, Lars Holm (C)`))).toEqual([
      ['Tove Lind', 'member', 'S', 'ordförande', null],
      ['Kent Ås', 'absent', 'M', null, null],
      ['Lars Holm', 'member', 'C', null, null],
      ['Eva Strand', 'other', null, 'sekreterare', null],
    ]);
  });

  it('keeps a position that is no remark', () => {
    expect(who(minutes('Tove Lind (S), Kent Ås (M) vice ordförande, Lars Holm (C)'))[1]).toEqual(['Kent Ås', 'member', 'M', 'vice ordförande', null]);
  });
});
