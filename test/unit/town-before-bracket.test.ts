// A kommunalförbund's roll written `Name, Town, (party), remark`, the line breaks and the brackets' closing lost in a web
// archive's transcript (`Bo Ek, Älvby, (s, ordförande Maj Lind, Norrby, (s …`), run on after the place it met at: each
// remark is its own entry's (a position, `tjg ers`, `t o m 15`), not the next name's; the place ends where the first name
// starts although the transcript lost the day and hour. Names and places invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const roll = (line: string) =>
  meetingDoc(text('PROTOKOLL', 'Styrelsen', '', line, '', '§ 1 Delgivningar', 'Läggs till handlingarna.', '', '§ 18 Avslutning', 'Avslutas.')).participants.map((p) => [
    p.name,
    p.role,
    p.organisation,
    p.party,
    p.position,
    p.paragraphs && `${p.paragraphs.from ?? ''}-${p.paragraphs.to}`,
  ]);

describe('town before the party bracket', () => {
  it('gives each remark after a bracket to its own name', () => {
    expect(
      roll('Plats och tid Beslutande Förbundshuset, Storgatan 4, Åby. Sammanträdesrummet 2 tr Bo Ek, Älvby, (s, ordförande Maj Lind, Norrby, (s Olle Sten, Åby, (m Karin Vik, Åby (v, tjg ers Per Dahl, Västby, (s, t o m 15 Siv Borg, Norrby, (c'),
    ).toEqual([
      ['Bo Ek', 'member', 'Älvby', 'S', 'ordförande', null],
      ['Maj Lind', 'member', 'Norrby', 'S', null, null],
      ['Olle Sten', 'member', 'Åby', 'M', null, null],
      ['Karin Vik', 'deputy', 'Åby', 'V', null, null],
      ['Per Dahl', 'member', 'Västby', 'S', null, '-15'],
      ['Siv Borg', 'member', 'Norrby', 'C', null, null],
    ]);
  });

  it('reads abbreviated positions after the open brackets', () => {
    expect(roll('Beslutande Anna Roos, Ekby, (m, ordf Lars Fjäll, Dalby, (s, vice ordf Eva Strand, Ekby, (kd Nils Öst, Dalby, (s').map((r) => r.slice(0, 5))).toEqual([
      ['Anna Roos', 'member', 'Ekby', 'M', 'ordförande'],
      ['Lars Fjäll', 'member', 'Dalby', 'S', 'vice ordförande'],
      ['Eva Strand', 'member', 'Ekby', 'KD', null],
      ['Nils Öst', 'member', 'Dalby', 'S', null],
    ]);
  });
});
