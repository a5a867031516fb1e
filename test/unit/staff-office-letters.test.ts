// A roll that writes each person's municipality or office after a comma, the deputies' list followed by a line that
// opens with the secretary's title (`Sekreterare Gunnel Ås, KF`): the letters are the förbund's own office, not a
// party, and the secretary takes no part in deciding; a party's letters there still make a deputy. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const minutes = (secretary: string): string =>
  [
    'Protokoll från förbundsstyrelsens sammanträde fredag 23 oktober 2009, kl , Stadshuset, Ekby',
    'Ledamöter Karl Berg (M), Ekby, ordf. Lisa Holm (S), Åby',
    'Ersättare Nils Ek (S), Ekby, tjänstgörande Kerstin Lund (M), Åby',
    secretary,
    'Övriga Lars Ro, KF Bo Ek, KF',
    '',
    '§ 1 Val av justerare',
    'Lisa Holm utses.',
    '',
  ].join('\n');

const person = (text: string, name: string) => {
  const p = meetingDoc(text).participants.find((q) => q.name === name)!;
  return [p.role, p.party, p.organisation];
};

describe('a secretary with the office letters after a deputies list', () => {
  it('is staff of the office, not a deputy of a party', () => {
    expect(person(minutes('Sekreterare Gunnel Ås, KF'), 'Gunnel Ås')).toEqual(['other', null, 'KF']);
  });

  it('leaves the deputies before as deputies', () => {
    expect(person(minutes('Sekreterare Gunnel Ås, KF'), 'Kerstin Lund')).toEqual(['deputy', 'M', 'Åby']);
  });
});
