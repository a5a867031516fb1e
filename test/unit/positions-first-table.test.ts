// A list of people printed as a table with each row's position first (`Ordförande   Anna
// Berg (S)`, `Vice ordförande   Per Ek (M)`, `Sekreterare   Maja Ek`): under a list's label
// the position is the person's, and `Ordförande` or `Sekreterare` there is no signer's label
// that takes the rows below it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const who = (doc: ReturnType<typeof meetingDoc>): (string | null)[][] => doc.participants.map((p) => [p.name, p.role, p.party, p.position, p.roleLabel]);

describe('a members’ table with the positions first', () => {
  it('reads each row as the person and the position beside them', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Direktionen för Räddningstjänsten Älvdal', 'Plats och tid: Brandstationen, Älvby, 2024-04-10 kl. 13.00-15.00', '',
        'Beslutande',
        'Ordförande          Anna Berg (S)',
        'Vice ordförande     Per Ek (M)',
        'Ledamot             Lars Holm (C)', '',
        'Tjänstgörande ersättare  Eva Sand (S)', '',
        'Övriga deltagande',
        'Förbundsdirektör    Olle Vik',
        'Sekreterare         Maja Ek', '',
        'Utses att justera   Per Ek', '',
        '§ 1 Mötets öppnande', '', 'Ordföranden öppnar mötet.',
      ),
    );
    expect(who(doc)).toEqual([
      ['Anna Berg', 'member', 'S', 'ordförande', 'Beslutande'],
      ['Per Ek', 'member', 'M', 'vice ordförande', 'Beslutande'],
      ['Lars Holm', 'member', 'C', null, 'Beslutande'],
      ['Eva Sand', 'deputy', 'S', null, 'Tjänstgörande ersättare'],
      ['Olle Vik', 'other', null, 'förbundsdirektör', 'Övriga deltagande'],
      ['Maja Ek', 'other', null, 'sekreterare', 'Övriga deltagande'],
    ]);
    expect(doc.signatures).toMatchObject({ chair: ['Anna Berg'], secretary: ['Maja Ek'], adjusters: ['Per Ek'] });
  });

  it('leaves a signer’s label over its name after the lists', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Miljönämnden', 'Plats och tid: Stadshuset 2024-04-11 kl. 18.00', '',
        'Beslutande          Eva Lund (S), ordförande', '                    Bo Ström (M)', '',
        'Utses att justera   Bo Ström', '',
        'Sekreterare         Klara Ny', '',
        'Ordförande          Eva Lund', '',
        '§ 1 Mötets öppnande', '', 'Ordföranden öppnar mötet.',
      ),
    );
    expect(doc.participants.map((p) => p.name)).toEqual(['Eva Lund', 'Bo Ström']);
    expect(doc.signatures).toMatchObject({ chair: ['Eva Lund'], secretary: ['Klara Ny'], adjusters: ['Bo Ström'] });
  });
});
