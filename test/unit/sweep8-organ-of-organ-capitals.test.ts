// Sweep 8: a committee's minutes whose heading names the committee in capitals
// (`KOMMUNSTYRELSENS ARBETSUTSKOTT`). The organ of an organ was only read with the second
// word in lower case, so the body came out as the board, not the committee that met. Invented text.
import { describe, expect, it } from 'vitest';
import { findBody } from '../../src/parse/meeting/organisation.js';
import { meetingDoc } from './helpers.js';

describe('an organ of an organ written in capitals', () => {
  it('is the committee that meets', () => {
    expect(findBody('KOMMUNSTYRELSENS ARBETSUTSKOTT')?.body).toBe('arbetsutskott');
    expect(findBody('Kommunstyrelsens arbetsutskott')?.body).toBe('arbetsutskott');
    expect(findBody('KOMMUNSTYRELSEN')?.body).toBe('kommunstyrelse');
  });

  it('gives the meeting its body', () => {
    const doc = meetingDoc([
      'KOMMUNSTYRELSENS ARBETSUTSKOTT',
      'Sammanträdesprotokoll',
      'Sammanträdesdatum 2018-03-06',
      '',
      'Plats och tid             Kommunhuset, våning 4, 09.00-11.00',
      '',
      'Beslutande ledamöter      Jan Sahl (S), ordförande',
      '                          Ida Staf (C)',
      '',
      '§ 26 Dnr KS 2018/14',
      'Information',
      'Arbetsutskottet noterar informationen.',
    ].join('\n'));
    expect(doc.meeting?.body).toBe('arbetsutskott');
  });
});
