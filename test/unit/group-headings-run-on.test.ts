// A roll of interest groups run on in one line, each group's heading before its people (`Kommunrepresentanter`, `Ideella
// föreningar`, `Företrädare för näringen`): at the run's start and after an organisation's last word, not only after a
// party's bracket. The heading is the group, never a part of the next name. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const names = (run: string) =>
  meetingDoc(text('Minnesanteckningar', 'Styrgruppen 2025-03-04', '', 'Närvarande', run, '', '1. Mötets öppnande', 'Mötet öppnades.')).participants.map((p) => [
    p.name,
    p.party,
    p.organisation,
  ]);

describe('group headings run on in a roll', () => {
  it("cuts a heading at the run's start and one with its adjective after an organisation", () => {
    expect(names('Kommunrepresentanter Tove Quist (S), ordförande Sara Ek (M) Ideella föreningar Nils Eng, Friluftsfrämjandet Karin Ros, Naturskyddsföreningen')).toEqual([
      ['Tove Quist', 'S', null],
      ['Sara Ek', 'M', null],
      ['Nils Eng', null, 'Friluftsfrämjandet'],
      ['Karin Ros', null, 'Naturskyddsföreningen'],
    ]);
  });

  it('cuts a heading with the words of whom after a municipality', () => {
    const people = names('Lena Holm, Åby kommun Olle Ahl, Byby kommun Företrädare för näringen Per Lind, Lantbrukarnas förening');
    expect(people.map((p) => p[0])).toEqual(['Lena Holm', 'Olle Ahl', 'Per Lind']);
  });
});
