// A council's roll (a disability or pensioners' council), the parties' members beside the associations' representatives,
// each association's letters in brackets as a party's would be (`Maja Ek (DF)`, `Sven Ros (STAM)`), a sub-heading over the
// representatives run on between two names (`… Eva Sand (C) Representanter från föreningarna Maja Ek (DF) …`). Letters the
// lexicon knows as no party's are an association's there, not a local party's; the sub-heading is nobody's organisation.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { withoutGroupHeadings } from '../../src/parse/participants/entry-openings.js';
import { meetingDoc, text } from './helpers.js';

const people = (t: string) => meetingDoc(t).participants.map((p) => [p.name, p.role, p.party, p.organisation]);

describe("a council's roll of parties and associations", () => {
  it('reads unknown letters as an association where the roll names a known one', () => {
    const t = text(
      'PROTOKOLL',
      'Kommunala rådet för funktionshinderfrågor',
      'Plats och tid: Rådhuset, kl 17:00-19:00',
      'Beslutande: Karin Lund (S), ordförande Olle Berg (M) Eva Sand (C) Representanter från funktionshinderorganisationerna Maja Ek (DF) Anna Dahl (RTP) Sven Ros (STAM) Övriga deltagande: Kim Ask (HRF), Ulla Nord (Neuroförbundet)',
      'Utses att justera: Maja Ek',
      '',
      '§ 1 Mötets öppnande',
      'Ordföranden öppnar mötet.',
    );
    expect(people(t)).toEqual([
      ['Karin Lund', 'member', 'S', null],
      ['Olle Berg', 'member', 'M', null],
      ['Eva Sand', 'member', 'C', null],
      ['Maja Ek', 'member', null, 'DF'],
      ['Anna Dahl', 'member', null, 'RTP'],
      ['Sven Ros', 'member', null, 'STAM'],
      ['Kim Ask', 'other', null, 'HRF'],
      ['Ulla Nord', 'other', null, 'Neuroförbundet'],
    ]);
  });

  it('reads a pensioners’ council written one name a line, its sub-heading alone in a compound', () => {
    const t = text(
      'PROTOKOLL',
      'Kommunala pensionärsrådet 2025-02-10',
      '',
      'Ledamöter',
      'Per Holm (S), ordförande',
      'Lena Vik (M) Föreningsrepresentanter Stig Berg (SPF) Gun Ås (SKPF) Olle Rask (KPF)',
      '',
      '§ 1 Mötets öppnande',
      'Ordföranden öppnar mötet.',
    );
    expect(people(t)).toEqual([
      ['Per Holm', 'member', 'S', null],
      ['Lena Vik', 'member', 'M', null],
      ['Stig Berg', 'member', null, 'SPF'],
      ['Gun Ås', 'member', null, 'SKPF'],
      ['Olle Rask', 'member', null, 'KPF'],
    ]);
  });

  it('keeps a local party where no association sits beside the parties', () => {
    const t = text('PROTOKOLL', 'Kommunstyrelsen 2025-02-10', '', 'Beslutande', 'Eva Ek (S), ordförande', 'Per Holm (KP)', 'Stina Alm (SD)', '', '§ 1 Budget', 'Kommunstyrelsen beslutar att anta budgeten.');
    expect(people(t)).toEqual([
      ['Eva Ek', 'member', 'S', null],
      ['Per Holm', 'member', 'KP', null],
      ['Stina Alm', 'member', 'SD', null],
    ]);
  });

  it('cuts only a group heading between a bracket and a name', () => {
    expect(withoutGroupHeadings('Eva Sand (C) Representanter från föreningarna Maja Ek (DF)')).toBe('Eva Sand (C) Maja Ek (DF)');
    expect(withoutGroupHeadings('Eva Sand (C) Brukarföreträdare Maja Ek (DF)')).toBe('Eva Sand (C) Maja Ek (DF)');
    // (an organisation's name that ends on such a noun, after a comma, is the person's own)
    expect(withoutGroupHeadings('Eva Sand, Pensionärsföreningarna Maja Ek (DF)')).toBe('Eva Sand, Pensionärsföreningarna Maja Ek (DF)');
    expect(withoutGroupHeadings('Eva Sand (C), Representanter')).toBe('Eva Sand (C), Representanter');
  });
});
