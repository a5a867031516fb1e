// A roll (`NÄRVAROLISTA`) whose rows print name, party in lower case and a small `x` for who
// came, one space apart as an extractor without the layout prints them (`Rut Lind m x`,
// `Lars Bo c x Tjg 19-32`, `Siv Alm s` for one who stayed away). Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseParticipantLine } from '../../src/parse/participants/line.js';
import { meetingDoc, text } from './helpers.js';

describe('a roll with lower-case party letters and small crosses', () => {
  const doc = () =>
    meetingDoc(
      text(
        'SAMMANTRÄDESPROTOKOLL',
        'Kulturnämnden',
        'Sammanträdesdatum 2004-03-22',
        'Plats och tid Kulturnämndens kontor, Älvby kl 09.00-12.00',
        'Övriga deltagande Greta Fjäll, förvaltningschef',
        'Utses att justera Olof Myr',
        '',
        'NÄRVAROLISTA',
        '',
        'LEDAMÖTER',
        'Rut Lindkvist m x',
        'Kaj Brun c x',
        'Eva Strand fp x',
        'Siv Alm s',
        '',
        'ERSÄTTARE',
        'Pia Ek kd x',
        'Lars Bo v x Tjg 19-32',
        'Ulla Sand s',
        '',
        '§ 19 Val av justerare',
        'Olof Myr utses att justera.',
      ),
    );

  it('reads each party and who came, and the one without a cross stayed away', () => {
    expect(doc().participants.filter((p) => p.roleLabel !== 'Övriga deltagande').map((p) => [p.name, p.role, p.party])).toEqual([
      ['Rut Lindkvist', 'member', 'M'],
      ['Kaj Brun', 'member', 'C'],
      ['Eva Strand', 'member', 'FP'],
      ['Siv Alm', 'absent', 'S'],
      ['Pia Ek', 'deputy', 'KD'],
      ['Lars Bo', 'deputy', 'V'],
      ['Ulla Sand', 'absent', 'S'],
    ]);
  });

  it('takes no capital of a surname, nor an abbreviation, for a party', () => {
    expect(parseParticipantLine('Sara Ek Claesson, Östby kommun')).toMatchObject({ name: 'Sara Ek Claesson', party: null });
    expect(parseParticipantLine('Sara Ek m.fl.')).toMatchObject({ party: null });
  });
});
