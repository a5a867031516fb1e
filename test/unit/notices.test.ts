// Notices (kallelse, föredragningslista, dagordning) in layouts met in real ones, written
// anew with invented names, places and content.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('agenda titles end before a proposal line', () => {
  it('an indented `Förslag:` under a numbered title in a Nr / Ärende / Dnr table', () => {
    const doc = meetingDoc(
      text(
        '                                 KALLELSE',
        'LÖVSTA KOMMUN                    2025-02-03',
        'Tekniska nämnden',
        '',
        'Tid                Tisdagen den 11 februari 2025 kl. 09.00',
        'Plats              Nämndrummet, Stadshuset',
        '',
        '                          FÖREDRAGNINGSLISTA',
        '',
        ' Nr   Ärende                                                    Dnr',
        '  1   Upprop',
        '  2   Val av protokolljusterare',
        '      Förslag: Sanna Berglöf (C)',
        '  3   Taxa för parkering i centrum                          TN 2024/310',
        '      Förslag till beslut: Nämnden föreslår fullmäktige',
        '      att anta taxan.',
        '  4   Ny belysning längs Åvägen                             TN 2025/12',
        '      Förslag till beslut: Nämnden godkänner projektet.',
        '  5   Anmälningsärenden',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.proposal])).toEqual([
      [1, 'Upprop', null],
      [2, 'Val av protokolljusterare', 'Sanna Berglöf (C)'],
      [3, 'Taxa för parkering i centrum', 'Nämnden föreslår fullmäktige att anta taxan.'],
      [4, 'Ny belysning längs Åvägen', 'Nämnden godkänner projektet.'],
      [5, 'Anmälningsärenden', null],
    ]);
  });
});

describe('signers of a notice', () => {
  it('`Ordförande   Sekreterare` side by side over their names, the agenda after them', () => {
    const doc = meetingDoc(
      text(
        '                                        KALLELSE',
        'NORRBY KOMMUN                           2025-03-02',
        'Kultur- och fritidsnämnden',
        '',
        'Tid                Torsdagen den 13 mars 2025 kl. 14.00',
        'Plats              Biblioteket, Norrby',
        '',
        'Ordförande                              Sekreterare',
        'Gunnel Ravander                         Petter Strand',
        '',
        '                         FÖREDRAGNINGSLISTA',
        '',
        ' Nr   Ärende                                             Dnr',
        '  1   Val av justerare',
        '  2   Bidrag till föreningar 2025                    KFN 2025/4',
        '  3   Meddelanden',
      ),
    );
    expect(doc.signatures).toMatchObject({ chair: ['Gunnel Ravander'], secretary: ['Petter Strand'], adjusters: [] });
  });
});
