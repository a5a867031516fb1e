// Lists that run the staff on after the members or deputies in one sentence (`Ersättare: Ann Ek
// (S), Bo Lind (M) och Tove Ås (L) samt sekreterare Lisa Dahl, miljöchef Olle Sand`): `samt`
// parts the entries as `och` does, and staff named by a position take no part in deciding. An
// agency's representative on a förbund's board, named with her agency, is a member whatever her
// title. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseParticipantLine } from '../../src/parse/participants/line.js';
import { isStaffPosition } from '../../src/text/persons.js';
import { meetingDoc, text } from './helpers.js';

const who = (doc: ReturnType<typeof meetingDoc>): (string | null)[][] => doc.participants.map((p) => [p.name, p.role, p.party, p.position]);

describe('staff listed among members or deputies', () => {
  it('knows staff positions from the members’ own', () => {
    expect(['miljöchef', 'nämndsekreterare', 'teknisk chef'].map(isStaffPosition)).toEqual([true, true, true]);
    expect(['vice ordförande', 'ledamot', 'tjänstgörande ersättare', 'kommunalråd'].map(isStaffPosition)).toEqual([false, false, false, false]);
  });

  it('parts a list at `samt` and gives the staff after it their own role', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Miljö- och byggnämnden', 'Sammanträdesdatum 2025-02-12', '',
        'Plats och tid: Kommunhuset, kl 13.00-16.00',
        'Beslutande: Eva Lund (S), ordförande, Per Holm (M), Kim Berg (C)',
        'Ersättare: Ann Ek (S), Bo Lind (M) och Tove Ås (L) samt sekreterare Lisa Dahl, miljöchef Olle Sand',
        'Utses att justera: Per Holm', '',
        '§ 1', 'Val av justerare', 'Nämnden utser Per Holm att justera protokollet.',
      ),
    );
    expect(who(doc)).toEqual([
      ['Eva Lund', 'member', 'S', 'ordförande'],
      ['Per Holm', 'member', 'M', null],
      ['Kim Berg', 'member', 'C', null],
      ['Ann Ek', 'deputy', 'S', null],
      ['Bo Lind', 'deputy', 'M', null],
      ['Tove Ås', 'deputy', 'L', null],
      ['Lisa Dahl', 'other', null, 'sekreterare'],
      ['Olle Sand', 'other', null, 'miljöchef'],
    ]);
  });

  it('keeps an agency’s representative, named with her agency and title, among the members', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Styrelsen för Samordningsförbundet Ekdal', 'Datum 2025-03-04', '',
        'Beslutande', 'Eva Lund, Ekby kommun, ordförande', 'Anna Berg, Försäkringskassan, sektionschef', '',
        'Övriga', 'Tor Ek, förbundschef', '',
        '§ 1', 'Mötets öppnande', 'Ordföranden öppnade mötet.',
      ),
    );
    expect(who(doc).map((p) => [p[0], p[1]])).toEqual([
      ['Eva Lund', 'member'],
      ['Anna Berg', 'member'],
      ['Tor Ek', 'other'],
    ]);
  });
});

describe('a position written capitalised, as a table cell writes it', () => {
  it('is a common noun in lower case; an abbreviation’s capitals stay', () => {
    expect(parseParticipantLine('Eva Lund, M, Ordförande')).toMatchObject({ party: 'M', position: 'ordförande' });
    expect(parseParticipantLine('Per Holm (S), Vice ordförande')).toMatchObject({ party: 'S', position: 'vice ordförande' });
    expect(parseParticipantLine('Tor Ek, Förbundschef, Biträdande ekonom')?.position).toBe('förbundschef, biträdande ekonom');
    expect(parseParticipantLine('Anna Ek, HR-chef')?.position).toBe('HR-chef');
  });
});
