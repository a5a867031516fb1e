// Front pages that write each member's party before the name, in a column of its own
// (`Beslutande   L    Berit Lund, ordförande`) or run together with the list on one line
// (`Beslutande L Berit Lund, ordförande M Karin Ström C Lena Dahl tjänstgör för …`).
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseParticipantLine } from '../../src/parse/participants/line.js';
import { splitPersons } from '../../src/text/persons.js';
import { meetingDoc, text } from './helpers.js';

const who = (doc: ReturnType<typeof meetingDoc>): (string | null)[][] => doc.participants.map((p) => [p.name, p.role, p.party, p.position, p.substituteFor]);

describe('a party column before the names', () => {
  it('reads the party of each member and deputy', () => {
    const doc = meetingDoc(
      text(
        'SAMMANTRÄDESPROTOKOLL                                   Sida 1 (9)', '',
        'Plats och tid        Rådhuset, Tallby 14 mars 2019 kl 18.00-20.30', '',
        'Beslutande           L    Berit Lund, ordförande',
        '                     M    Karin Ström',
        '                     C    Lena Dahl tjänstgör för Per Holm (C)',
        '                     SD   Nils Ek', '',
        'Ej tjänstgörande     S    Anna Nord',
        'ersättare            KD   Tor Alm', '',
        'Tjänstemän           Sofia Berg, förvaltningschef', '',
        'Utses att justera    Karin Ström', '',
        'Underskrifter        Sekreterare    Sofia Berg           Paragrafer 12-20',
        '                     Ordförande     Berit Lund',
        '                     Justerare      Karin Ström',
      ),
    );
    expect(who(doc)).toEqual([
      ['Berit Lund', 'member', 'L', 'ordförande', null],
      ['Karin Ström', 'member', 'M', null, null],
      ['Lena Dahl', 'deputy', 'C', null, 'Per Holm'],
      ['Nils Ek', 'member', 'SD', null, null],
      ['Anna Nord', 'deputy', 'S', null, null],
      ['Tor Alm', 'deputy', 'KD', null, null],
      ['Sofia Berg', 'other', null, 'förvaltningschef', null],
    ]);
    expect(doc.signatures).toMatchObject({ chair: ['Berit Lund'], secretary: ['Sofia Berg'], adjusters: ['Karin Ström'] });
  });

  it('parts a list run together at each party before a name', () => {
    expect(splitPersons('L Berit Lund, ordförande M Karin Ström M Olle Sand C Lena Dahl tjänstgör för Per Holm (C) SD Nils Ek')).toEqual([
      'L Berit Lund, ordförande', 'M Karin Ström', 'M Olle Sand', 'C Lena Dahl tjänstgör för Per Holm (C)', 'SD Nils Ek',
    ]);
    expect(parseParticipantLine('KD Tor Alm, vice ordförande')).toMatchObject({ name: 'Tor Alm', party: 'KD', position: 'vice ordförande' });
    // a middle initial is no party
    expect(splitPersons('Karin M Ström Olle Sand (S)')).toEqual(['Karin M Ström', 'Olle Sand (S)']);
  });
});
