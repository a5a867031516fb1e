// A roll run on with each person's place (or position) after a comma and no separator before the next name (`Anna Ek,
// Östby, ordf Per Ås, Västra Åby Eva Holm, Norrby …`): the commas stand inside the entries, so the parts they cut
// (`Västra Åby Eva Holm`) are no people, and each place is the name's before it, not the next one's. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const roll = (line: string) => {
  const t = text('Protokoll från arbetsgruppens möte den 4 maj 2022 i Ålsta', '', line, '', '§ 1 Mötet öppnas', 'Lena Borg hälsar välkommen.');
  return parseText(t).documents[0]!.participants.map((p) => [p.name, p.organisation, p.position]);
};

describe('names each followed by a comma and a place, run on', () => {
  it('regions of two words and an officer with a network of several words after her position', () => {
    expect(
      roll(
        'Närvarande: Lena Borg, Östergården, ordf Saga Vik, Västra Dalarna Anton Ström, Gästrikland Maria Holm, Västra Dalarna Gösta Lind, Norrbotten Karin Sjö, Skåneland Helena Berg, sekreterare Sven Åkesson, ordförande i Nätverket Friska Arbetsplatser Anders Ek, koordinator i Nätverket Friska Arbetsplatser',
      ).slice(0, 4),
    ).toEqual([
      ['Lena Borg', 'Östergården', 'ordförande'],
      ['Saga Vik', expect.stringContaining('Dalarna'), null],
      ['Anton Ström', 'Gästrikland', null],
      ['Maria Holm', expect.stringContaining('Dalarna'), null],
    ]);
  });

  it('a comma-separated list of people keeps its commas between them', () => {
    expect(roll('Närvarande: Holm Agnes, ordförande, Sund Petter, Lind Maja, Berg Oskar').map((p) => p[0])).toEqual(['Holm Agnes', 'Sund Petter', 'Lind Maja', 'Berg Oskar']);
  });
});
