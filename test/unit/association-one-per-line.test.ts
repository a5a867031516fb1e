// A pensioners' council's roll written one member a line, each member's association in capitals after the name with no
// comma (`Olle Falk PRO`), and a deputy for an association's member (`Lisa Ek, ers PRO för Olle Falk`): the letters are
// the member's organisation, no part of the name, and the deputy serves for the member named. Every text is invented.
import { describe, expect, it } from 'vitest';
import { associationsAfterNames } from '../../src/parse/participants/association-after-name.js';
import { meetingDoc } from './helpers.js';

describe('an association after a name on a line of its own', () => {
  it('closes the name with a comma', () => {
    expect(associationsAfterNames('Olle Falk PRO')).toBe('Olle Falk, PRO');
    expect(associationsAfterNames('Kim Lund Berg SKPF')).toBe('Kim Lund Berg, SKPF');
    expect(associationsAfterNames('Lisa Ek, ers PRO för Olle Falk')).toBe('Lisa Ek, PRO, ers för Olle Falk');
    // (a remark in lower case before the letters is no name)
    expect(associationsAfterNames('anmält förhinder PRO')).toBe('anmält förhinder PRO');
  });

  it('gives each member their association and the deputy the member served for', () => {
    const doc = meetingDoc(
      [
        'PROTOKOLL Kommunala pensionärsrådet',
        'Närvarande',
        'Anna Berg (S), ordförande',
        'Olle Falk PRO',
        'Eva Ås SPF',
        'Bo Dal RPG',
        'Lisa Ek, ers PRO för Olle Falk',
        'Övriga',
        'Pia Holm, sekreterare',
        '§ 1 Mötets öppnande',
        'Mötet öppnades.',
      ].join('\n'),
    );
    expect(doc.participants.map((p) => [p.name, p.role, p.organisation, p.party, p.substituteFor])).toEqual([
      ['Anna Berg', 'member', null, 'S', null],
      ['Olle Falk', 'member', 'PRO', null, null],
      ['Eva Ås', 'member', 'SPF', null, null],
      ['Bo Dal', 'member', 'RPG', null, null],
      ['Lisa Ek', 'deputy', 'PRO', null, 'Olle Falk'],
      ['Pia Holm', 'other', null, null, null],
    ]);
  });
});
