// A list's last name with the next paragraph's first word run on after it, the line break lost in a transcript
// (`Birgit Nielsen Mötet öppnades …`, `… Dnr Delegationsordning`): the word, one that opens the minutes' prose or a
// point's heading and never a name's, ends the list; it was read into the name, or as a person. Names invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const names = (...lines: string[]) =>
  meetingDoc(text('PROTOKOLL', 'Styrelsen', 'Sammanträdesdatum 2016-09-20', '', ...lines, '', '§ 1 Öppnande', 'Öppnas.', '', '§ 2 Avslutning', 'Avslutas.')).participants.map(
    (p) => [p.name, p.position],
  );

describe('the next paragraph run on after the last name', () => {
  it('ends the list before the prose', () => {
    expect(names('Närvarande Tova Alm, Nils Rapp, Birgit Sjövall Mötet öppnades av ordföranden.')).toEqual([
      ['Tova Alm', null],
      ['Nils Rapp', null],
      ['Birgit Sjövall', null],
    ]);
    expect(names('Närvarande: Tova Alm (S) Nils Rapp (M) Birgit Sjövall Mötet', 'öppnades av ordföranden.').map((r) => r[0])).toEqual(['Tova Alm', 'Nils Rapp', 'Birgit Sjövall']);
  });

  it('reads no person from a heading of a point', () => {
    expect(names('Övriga Lisa Holm, sekreterare Birgit Sjövall Dnr Delegationsordning')).toEqual([
      ['Lisa Holm', 'sekreterare'],
      ['Birgit Sjövall', null],
    ]);
    expect(names('Beslutande Tova Alm (C), ordförande Nils Rapp (S) Beslut').map((r) => r[0])).toEqual(['Tova Alm', 'Nils Rapp']);
  });
});
