// Group headings over an agenda's points or a minutes' §§ that name a kind of `ärenden` the
// lexicon does not list (`Sekretessärenden`, `Övriga beslutsärenden`, `PERSONALÄRENDEN:`),
// or `Remisser:`: the points under each stand in that section. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const rows = (doc: ReturnType<typeof meetingDoc>): unknown[] => doc.items.map((i) => [i.number, i.section, i.type, i.text]);

describe('group headings of any kind of ärenden', () => {
  it('a web agenda: numbers and titles under Sekretessärenden, Remissärenden, Övriga beslutsärenden', () => {
    const doc = meetingDoc(
      [
        'Kallelse',
        '',
        'Omsorgsnämnden',
        '',
        'Datum 2024-03-14',
        'Klockan 14:00',
        'Plats Sessionssalen, Stadshuset',
        '',
        '1 Sammanträdets öppnande',
        '',
        '2 Val av justerare och tid för justering',
        '',
        'Sekretessärenden',
        '',
        '3 Ansökan om bistånd i särskilt fall',
        '',
        'Remissärenden',
        '',
        '4 Plan för friluftsliv i Västerby kommun',
        '',
        'Övriga beslutsärenden',
        '',
        '5 Ekonomisk månadsrapport för februari 2024',
        '',
        '6 Riktlinjer för tjänsteresor',
        '',
        'Anmälningsärenden',
        '',
        '7 Anmälan av delegationsbeslut',
      ].join('\n'),
    );
    expect(rows(doc)).toEqual([
      [1, null, null, ''],
      [2, null, null, ''],
      [3, 'Sekretessärenden', null, ''],
      [4, 'Remissärenden', null, ''],
      [5, 'Övriga beslutsärenden', 'decision', ''],
      [6, 'Övriga beslutsärenden', 'decision', ''],
      [7, 'Anmälningsärenden', 'information', ''],
    ]);
  });

  it('minutes with headings in capitals and a colon between the §§', () => {
    const doc = meetingDoc(
      [
        'PROTOKOLL',
        'Tekniska nämnden',
        'Datum: 2023-10-05',
        '',
        '§ 41 Budgetuppföljning september',
        'Nämnden godkänner uppföljningen.',
        '',
        'PERSONALÄRENDEN:',
        '',
        '§ 42 Rekrytering av gatuchef',
        'Nämnden noterar informationen.',
        '',
        'Remisser:',
        '',
        '§ 43 Remiss om regional cykelplan',
        'Nämnden tillstyrker remissen.',
        '',
        'Inga sekretessärenden',
      ].join('\n'),
    );
    expect(doc.items.map((i) => [i.number, i.section])).toEqual([
      [41, null],
      [42, 'PERSONALÄRENDEN'],
      [43, 'Remisser'],
    ]);
    expect(doc.items[0]!.text).toBe('Nämnden godkänner uppföljningen.');
    expect(doc.items[2]!.text).toBe('Nämnden tillstyrker remissen.\n\nInga sekretessärenden');
  });
});
