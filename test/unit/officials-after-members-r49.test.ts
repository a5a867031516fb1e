// A roll of members with their parties run on, with no break, into the officials' list written position first
// (`… Olle Rask (M) Kommunchef Åsa Ek Ekonomichef Jan Berg`, or `… och Nils Berg (L). Kommundirektör Jan Frid,
// kommunsekreterare Lisa Mal, …`): each official keeps the position written before their name, not the next one's, and
// the last member none. Every text is invented.
import { describe, expect, it } from 'vitest';
import { readLine } from '../../src/parse/participants/read-line.js';
import { officialsAfterMembers } from '../../src/text/officials-after-members.js';
import { meetingDoc } from './helpers.js';

const page = (roll: string): string =>
  `1 s 1 Plats och tid Rådhuset, kl Beslutande Övriga deltagare ${roll} Utses att justera Berit Holm Justeringens tid och plats ` +
  'Kansliet Paragrafer Sekreterare Jan Berg Ordförande Olle Rask Justerande Berit Holm\n' +
  '2 § 12 Val av justerare Nämnden utser Berit Holm att justera protokollet.\n';

const people = (t: string) => meetingDoc(t).participants.map((p) => [p.name, p.role, p.position, p.party]);

describe('officials, positions first, run on after the members', () => {
  it('gives each official of a labels-first front page the position before their name, the last member none', () => {
    expect(people(page('Olle Rask (S), ordf Berit Holm (M) Sven Alm (C) Kommunchef Åsa Ek Administrativ chef Nils Ros Ekonomichef Jan Berg Se vidare sid 2)'))).toEqual([
      ['Olle Rask', 'member', 'ordförande', 'S'],
      ['Berit Holm', 'member', null, 'M'],
      ['Sven Alm', 'member', null, 'C'],
      ['Åsa Ek', 'other', 'kommunchef', null],
      ['Nils Ros', 'other', 'administrativ chef', null],
      ['Jan Berg', 'other', 'ekonomichef', null],
    ]);
  });

  it('cuts a list after a party and a sentence point, where commas part the officials', () => {
    const read = readLine('Sara Dahl (C) och Nils Berg (L). Kommundirektör Jan Frid, kommunsekreterare Lisa Mal, ekonom Anna Holm 26, controller Mia Sand 33.', false);
    expect(read.map((p) => [p.name, p.party, p.position])).toEqual([
      ['Sara Dahl', 'C', null],
      ['Nils Berg', 'L', null],
      ['Jan Frid', null, 'kommundirektör'],
      ['Lisa Mal', null, 'kommunsekreterare'],
      ['Anna Holm', null, 'ekonom'],
      ['Mia Sand', null, 'controller'],
    ]);
  });

  it('leaves a single position after a bracket, and a name-first list, as they were', () => {
    expect(officialsAfterMembers('Eva Lind (S) Ordförande Bo Ek (M) Per Ås (C)')).toBeNull();
    expect(officialsAfterMembers('Eva Lind (S) Bo Ek (M) Åsa Ek, kommunchef Jan Berg, ekonomichef')).toBeNull();
  });
});
