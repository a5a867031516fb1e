// A list of `Name, place, position` entries run on into one line, so that each place or position
// stands before the next name (`… Åsby P O Lind, Ekby, sekreterare`): a name written with initials
// after a place (`Åsby P O Lind`) still opens a person, so every place and position stays with
// the person before it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const minutes = (members: string): string =>
  `Protokoll\nDatum 2024-05-14\nPlats Folkets hus, Ekby\nNärvarande ledamöter: ${members}\n\n§ 1 Mötets öppnande\nOrdföranden öppnar mötet.\n`;

const who = (t: string) => meetingDoc(t).participants.map((p) => [p.name, p.organisation, p.position]);

describe('a run-on list of `Name, place, position` entries with initials', () => {
  it('gives each place and position to the person before it', () => {
    expect(who(minutes('Eva Lund, Ekby, ordförande Ola Berg, Åsby, vice ordförande Kim Nord, Bybo Tor Sand, Åsby P O Lind, Ekby, ledamot'))).toEqual([
      ['Eva Lund', 'Ekby', 'ordförande'],
      ['Ola Berg', 'Åsby', 'vice ordförande'],
      ['Kim Nord', 'Bybo', null],
      ['Tor Sand', 'Åsby', null],
      ['P O Lind', 'Ekby', null],
    ]);
  });
});
