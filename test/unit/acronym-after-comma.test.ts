// A list of present people run on without its line breaks, each entry `Name, ACRONYM` (a party
// or an organisation in capitals after the entry's comma) and some entries without one:
// `Ola Falk, S Pia Rask Tord Lind, FP Eva Holm`, `Vera Stål, KVF Gun Ek, KVF Ulf Bo, VV, 6-10`.
// The acronym closes the entry before it; it is no party written before the next name (a list
// that writes its parties first, `S Pia Rask, M Ola Falk`, opens with one). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const doc = (front: string) => meetingDoc(text(
  'SAMMANTRÄDESPROTOKOLL', 'Tekniska nämnden 2014-03-12', '', front, '', '§ 12 Fastställande av dagordning', 'Dagordningen fastställs.',
));
const who = (front: string) => doc(front).participants.map((p) => `${p.name}|${p.party ?? '-'}|${p.organisation ?? '-'}`);

describe('`Name, ACRONYM` entries run on', () => {
  it('a party after the comma stays with the name before it', () => {
    expect(who('Övriga deltagande Rune Malm Ola Falk, S Pia Rask Tord Lind, FP Eva Holm')).toEqual([
      'Rune Malm|-|-', 'Ola Falk|S|-', 'Pia Rask|-|-', 'Tord Lind|FP|-', 'Eva Holm|-|-',
    ]);
  });

  it('an organisation after the comma stays with the name before it', () => {
    expect(who('Övriga deltagande Vera Stål, KVF Gun Ek, KVF Ulf Bo, VV Siv Alm, socialchef')).toEqual([
      'Vera Stål|-|KVF', 'Gun Ek|-|KVF', 'Ulf Bo|-|VV', 'Siv Alm|-|-',
    ]);
  });

  it('an organisation and its town after the comma is no acronym before a name', () => {
    expect(who('Övriga deltagande Rune Malm, FK Lund Tord Lind, socialchef')).toEqual(['Rune Malm|-|FK Lund', 'Tord Lind|-|-']);
  });

  it('a list that writes its parties first keeps them with the names after', () => {
    expect(who('Beslutande S Pia Rask, M Ola Falk, C Eva Holm')).toEqual(['Pia Rask|S|-', 'Ola Falk|M|-', 'Eva Holm|C|-']);
  });
});
