// A pensioners' or a disability council's roll flattened without its line breaks, each member's association
// in capitals after the name (`Rolf Lind PRO Gun Ås SKPF`), or the committee that sends a politician
// (`Eva Ek Omsorgsnämnden`), with no comma between two people (seen at two councils' minutes, and the same
// associations after commas at a third). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, minutes } from './helpers.js';

const people = (participants: string): (string | null)[][] =>
  meetingDoc(minutes({ participants })).participants.map((p) => [p.role, p.name, p.organisation, p.party, p.position, p.substituteFor]);

describe('a council roll with each association after the name', () => {
  it('closes each entry after its association or committee', () => {
    expect(
      people(
        'Beslutande Tora Lindqvist PRO, Ordförande Ebbe Sandgren Omsorgsnämnden Klara Boman Tekniska nämnden Aron Vikström Kommunstyrelsen ' +
          'Svea Holmgren PRO Nils-Erik Dahl SKPF Majken Lund, ers SPF för Irma Ek Tage Nordin Berg SPF\n',
      ),
    ).toEqual([
      ['member', 'Tora Lindqvist', 'PRO', null, 'ordförande', null],
      ['member', 'Ebbe Sandgren', 'Omsorgsnämnden', null, null, null],
      ['member', 'Klara Boman', 'Tekniska nämnden', null, null, null],
      ['member', 'Aron Vikström', 'Kommunstyrelsen', null, null, null],
      ['member', 'Svea Holmgren', 'PRO', null, null, null],
      ['member', 'Nils-Erik Dahl', 'SKPF', null, null, null],
      ['deputy', 'Majken Lund', 'SPF', null, null, 'Irma Ek'],
      ['member', 'Tage Nordin Berg', 'SPF', null, null, null],
    ]);
  });

  it('keeps a deputy with the member served for, and a name with its particle', () => {
    expect(people('Ledamöter Vera Ask, PRO Rut Alm, SPF, tjänstgörande för Ines Holm Kurt von Essen, SPF Lisa Berg, RPG\n')).toEqual([
      ['member', 'Vera Ask', 'PRO', null, null, null],
      ['deputy', 'Rut Alm', 'SPF', null, null, 'Ines Holm'],
      ['member', 'Kurt von Essen', 'SPF', null, null, null],
      ['member', 'Lisa Berg', 'RPG', null, null, null],
    ]);
  });

  it('leaves a list naming one association as it was read', () => {
    expect(people('Beslutande\nEva Ek (S)\nBo Ås, PRO\n')).toEqual([
      ['member', 'Eva Ek', null, 'S', null, null],
      ['member', 'Bo Ås', 'PRO', null, null, null],
    ]);
  });
});
