// Sweep 8: a municipal board that writes each party as a lower-case segment of its own
// between commas (`Gun Ahlberg, s, ordförande`, `Eva Björk, s, ersätter Åke Lund, s`). The
// segment was only taken for a party in capitals, so the letters ended in the note. Invented text.
import { describe, expect, it } from 'vitest';
import { parseParticipantLine } from '../../src/parse/participants/line.js';
import { meetingDoc } from './helpers.js';

describe('a party in lower case between commas', () => {
  it('is the party, before a position and after the member a deputy serves for', () => {
    expect(parseParticipantLine('Gun Ahlberg, s, ordförande')).toMatchObject({ name: 'Gun Ahlberg', party: 'S', position: 'ordförande', note: null });
    expect(parseParticipantLine('Siv Ek, mp')).toMatchObject({ name: 'Siv Ek', party: 'MP', note: null });
    expect(parseParticipantLine('Eva Björk, s, ersätter Åke Lund, s')).toMatchObject({ name: 'Eva Björk', party: 'S', substituteFor: 'Åke Lund', note: null });
  });

  it('reads a front page written that way', () => {
    const doc = meetingDoc([
      'SAMMANTRÄDESPROTOKOLL',
      'Kommunstyrelsen',
      'Sammanträdesdatum 2007-04-17',
      '',
      'Plats och tid för sammanträdet    Kommunkontoret, rum Tallen, kl 13.00-16.30',
      '',
      'Beslutande                        Gun Ahlberg, s, ordförande',
      '                                  Eva Björk, s, ersätter Åke Lund, s',
      '                                  Per Ohlin, c',
      '',
      'Ej beslutande                     Siv Ek, mp',
      '',
      '§ 40',
      'Val av justerare',
      'Per Ohlin väljs att justera protokollet.',
    ].join('\n'));
    expect(doc.participants.map((p) => [p.name, p.role, p.party, p.note])).toEqual([
      ['Gun Ahlberg', 'member', 'S', null],
      ['Eva Björk', 'deputy', 'S', null],
      ['Per Ohlin', 'member', 'C', null],
      ['Siv Ek', 'deputy', 'MP', null],
    ]);
  });
});
