// A list of `Name, ACRONYM` entries run on without its line breaks (`Ada Ros, KSV Zuleika Berg, KSV Tor
// Lind, KSV`), where the next person's given name is one the lexicon lacks: the acronym that closes the
// entry after that name too still closes the one before it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, minutes } from './helpers.js';

const people = (participants: string): (string | null)[][] =>
  meetingDoc(minutes({ participants })).participants.map((p) => [p.name, p.organisation, p.note]);

describe('an acronym after a comma before a given name the lexicon lacks', () => {
  it('closes the entry before when the same acronym closes the next', () => {
    expect(people('Övriga\nAda Ros, KSV Zuleika Berg, KSV Tor Lind, KSV Oriel Sand, KSV\n')).toEqual([
      ['Ada Ros', 'KSV', null],
      ['Zuleika Berg', 'KSV', null],
      ['Tor Lind', 'KSV', null],
      ['Oriel Sand', 'KSV', null],
    ]);
  });

  it('leaves an agency before a place as it was', () => {
    expect(people('Övriga\nAda Ros, AF Kristianstad Tor Lind, AF Kristianstad\n')).toEqual([
      ['Ada Ros', 'AF Kristianstad', null],
      ['Tor Lind', 'AF Kristianstad', null],
    ]);
  });
});
