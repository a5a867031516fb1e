// Participant lists whose roles come from the entries themselves or from headings of
// smaller groups: a bare `för` between two people with parties, `Yttranderätt:`,
// `Insynsplats:`, `Deltagande:` over their people, and positions of officials and of
// deputies written after the name. Every text is invented.
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/index.js';
import { parseParticipantLine } from '../../src/parse/participants/line.js';
import { dangles } from '../../src/text/persons.js';
import { meetingDoc, text } from './helpers.js';

const ITEMS = text('', '§ 1 Val av justerare', 'Anton Berg utses att justera.', '', '§ 2 Budget', 'Direktionen godkänner budgeten.');
const roster = (doc: Document): [string, string, string, string | null][] => doc.participants.map((p) => [p.name, p.role, p.roleLabel, p.substituteFor]);

describe('participant roles from the entries and from small headings', () => {
  it('reads `Dan Fält (S) för Ebba Lind (S)` under `Beslutande` as a deputy serving for Ebba Lind', () => {
    const doc = meetingDoc(
      text(
        'Sammanträdesprotokoll',
        'Direktionen',
        'Plats och tid: Förbundshuset, Ekgatan 2, Granby kl 08.30 - 11.45',
        'Beslutande:',
        'Rut Sjögren (M) Ordf.',
        'Anton Berg (M)',
        'Dan Fält (S) för Ebba Lind (S)',
        'Utses att justera:',
        'Anton Berg (M)',
      ) + ITEMS,
    );
    expect(roster(doc)).toEqual([
      ['Rut Sjögren', 'member', 'Beslutande', null],
      ['Anton Berg', 'member', 'Beslutande', null],
      ['Dan Fält', 'deputy', 'Beslutande', 'Ebba Lind'],
    ]);
    // `för` before an organisation says nothing of the kind
    expect(parseParticipantLine('Eva Ros, representant för Försäkringskassan')?.substituteFor).toBeNull();
  });

  it('takes `Yttranderätt:`, `Insynsplats:` and `Deltagande:` as headings, not as people', () => {
    const doc = meetingDoc(
      text(
        'Sammanträdesprotokoll',
        'Direktionen',
        'Plats och tid: Förbundshuset, Granby kl 08.30 - 11.45',
        'Beslutande:',
        'Anton Berg (M)',
        'Ej tjänstgörande:',
        'Tor Vinge (KD)',
        'Yttranderätt:',
        'Pia Rehn (S)',
        'Insynsplats:',
        'Ola Frost (MP)',
        'Deltagande:',
        'Stina Åker, miljöchef',
        'Utses att justera:',
        'Anton Berg (M)',
      ) + ITEMS,
    );
    expect(roster(doc)).toEqual([
      ['Anton Berg', 'member', 'Beslutande', null],
      ['Tor Vinge', 'deputy', 'Ej tjänstgörande', null],
      ['Pia Rehn', 'other', 'Yttranderätt', null],
      ['Ola Frost', 'other', 'Insynsplats', null],
      ['Stina Åker', 'other', 'Deltagande', null],
    ]);
  });

  it('reads an inspector as a position beside the §§ attended, and `Tjänstgörande ersättare` after the name as one position', () => {
    expect(parseParticipantLine('Lars-Olof Nyberg, miljöinspektör §§ 4 och 11')).toMatchObject({ position: 'miljöinspektör', paragraphs: { from: 4, to: 11 }, note: '§§ 4 och 11' });
    expect(parseParticipantLine('Filip Ek, miljöinspektör § 11')).toMatchObject({ position: 'miljöinspektör', note: null });
    expect(parseParticipantLine('Tobias Frid (S), Ulvsta, Tjänstgörande ersättare')).toMatchObject({ party: 'S', organisation: 'Ulvsta', position: 'tjänstgörande ersättare', note: null });
    // an entry that ends on the mark `tjg` is whole: the next line is the next person
    expect(dangles('Ola Ek (S) tjg')).toBe(false);
  });
});
