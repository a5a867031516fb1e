// A list of people must not end at a name the lexicon does not know. An attendance column's
// cross after the name (`Shirin Hedlund X`) says it is a person; common given names the list
// lacked (`Sune`, `Örjan`, `Sören`) are in it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { isGivenName } from '../../src/text/persons.js';
import { meetingDoc, text } from './helpers.js';

describe('names the lexicon may not know', () => {
  it('keeps reading an attendance list past a crossed name with an unknown given name', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        '',
        'Möte med föreningens styrelse den 3 mars 2011',
        '',
        'Ledamöter Närvarande',
        'Tilde Borg X',
        'Xiomara Hedlund X',
        'Lars Malm X, mötesordf. § 12-20',
        'Eva Moberg Anmält förhinder',
        'Suppleanter',
        'Andrea Bodin X',
        '',
        '§ 12 Val av justerare',
        'Beslut',
        'att utse Andrea Bodin till justerare',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.role])).toEqual([
      ['Tilde Borg', 'member'],
      ['Xiomara Hedlund', 'member'],
      ['Lars Malm', 'member'],
      ['Eva Moberg', 'absent'],
      ['Andrea Bodin', 'deputy'],
    ]);
  });

  it('knows common given names borne by board members', () => {
    for (const name of ['Sune', 'Örjan', 'Sören', 'Kennet', 'Mårten', 'Rickard', 'Matilda', 'Hjördis', 'Siw', 'Shirin', 'Gary', 'Lesley']) expect(isGivenName(name)).toBe(true);
  });

  it('keeps the last name of a list one name a line, known or not', () => {
    const list = (last: string): string[] =>
      meetingDoc(text('PROTOKOLL', '', 'Styrelsen 2015-03-05', '', 'Närvarande', 'Ida Borg', 'Tuva Ek', last, '', 'Övriga', 'Ebba Holm', '', '§ 1 Val av justerare', 'Text.')).participants.map(
        (p) => p.name,
      );
    expect(list('Sune Malm')).toEqual(['Ida Borg', 'Tuva Ek', 'Sune Malm', 'Ebba Holm']);
    expect(list('Xiomara Hedlund')).toEqual(['Ida Borg', 'Tuva Ek', 'Xiomara Hedlund', 'Ebba Holm']);
  });

  it('does not take an organisation after the list for a name', () => {
    const doc = meetingDoc(text('PROTOKOLL', '', 'Styrelsen 2015-03-05', '', 'Närvarande', 'Ida Borg', 'Tuva Ek', 'Region Kronoberg', '', '§ 1 Val av justerare', 'Text.'));
    expect(doc.participants.map((p) => p.name)).not.toContain('Region Kronoberg');
  });

  it('reads a flattened list of names without parties or commas though a given name is unknown (`Xiomara Hedlund Robert Ulvö …`)', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Regionstyrelsen',
        '',
        'Plats och tid Sessionssalen, Regionhuset, den 4 november 2004 kl 09.00',
        '',
        'Beslutande Xiomara Hedlund Robert Ulvö Mona Tallén Bengt Hovlund Gösta Ringblad för Anna Kärr',
        '',
        'Övriga deltagande Åsa Norrlid',
        '',
        '§ 1 Budget 2005',
        '',
        'Regionstyrelsen beslutar att godkänna budgeten.',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.role])).toEqual([
      ['Xiomara Hedlund', 'member'],
      ['Robert Ulvö', 'member'],
      ['Mona Tallén', 'member'],
      ['Bengt Hovlund', 'member'],
      // (serving for a member: a deputy, as `Dan Fält (S) för Ebba Lind (S)` is)
      ['Gösta Ringblad', 'deputy'],
      ['Åsa Norrlid', 'other'],
    ]);
    expect(doc.participants[4]!.substituteFor).toBe('Anna Kärr');
  });
});

