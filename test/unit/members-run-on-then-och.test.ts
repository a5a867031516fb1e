// A members' list run on with one comma missing and its last member after `och`
// (`… Kent Ås (C) Tove Lind (KD) och Lars Holm (L).`): the entry the missing comma joined to the
// one before is cut at the name after it, and the last member after `och` is a member of their
// own, not a note of the member before. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const minutes = (members: string): string =>
  `Protokoll\nPlats och tid Rådhuset, Ekby, kl. 09.00-12.00\nBeslutande\n${members}\nÖvriga närvarande Eva Strand, sekreterare\n\n§ 1 Mötets öppnande\nOrdföranden öppnar mötet.\n`;

const who = (t: string) => meetingDoc(t).participants.map((p) => [p.name, p.role, p.party, p.note]);

describe('a run-on members list whose last member follows `och`', () => {
  it('reads the last member after a missing comma', () => {
    expect(who(minutes('Kent Ås (C) Tove Lind (KD) och Lars Holm (L).'))).toEqual([
      ['Kent Ås', 'member', 'C', null],
      ['Tove Lind', 'member', 'KD', null],
      ['Lars Holm', 'member', 'L', null],
      ['Eva Strand', 'other', null, null],
    ]);
  });

  it('reads it in a longer list with commas elsewhere', () => {
    expect(who(minutes('Anna Berg (S), Per Ek (M), Kent Ås (C) Tove Lind (KD) samt Lars Holm (L)')).map((p) => p[0])).toEqual([
      'Anna Berg', 'Per Ek', 'Kent Ås', 'Tove Lind', 'Lars Holm', 'Eva Strand',
    ]);
  });

  it('keeps `och` inside a substitution', () => {
    expect(who(minutes('Kent Ås (C), Tove Lind (KD) ersätter Bo Ek (KD)')).map((p) => p[0])).toEqual(['Kent Ås', 'Tove Lind', 'Eva Strand']);
  });
});
