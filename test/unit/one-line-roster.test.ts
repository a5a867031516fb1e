// A front page run together into few lines (a sharing site's transcript): representatives'
// lists headed `Beslutande kommunrepresentanter` / `Beslutande partirepresentanter`, each
// entry `Name, (party), Town`, and the signers' labels run on after each other's names.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a roster of representatives and signers run on', () => {
  const doc = () =>
    meetingDoc(
      text(
        'Protokoll',
        'Styrelsen Sida 12 (40) Plats Förbundets lokaler, Norrgatan 3, Älvby Beslutande kommunrepresentanter Greta Fjäll, (s), Älvby Ivar Sten, (s), Bergby ' +
          'Åke Myr, (c), Tallby, Tjänstgörande ersättare Beslutande partirepresentanter Ove Rask, (m), Älvby Övriga deltagare Bo Frost, kansliet, sekreterare ' +
          'Underskrifter Sekreterare Bo Frost Ordförande Greta Fjäll Justerare. Ivar Sten',
        '§ 1 Val av justerare',
        'Ivar Sten utses att justera.',
      ),
    );

  it('reads `… kommunrepresentanter` and `… partirepresentanter` as the headings of members\' lists', () => {
    expect(doc().participants.map((p) => [p.name, p.role, p.roleLabel, p.organisation, p.party])).toEqual([
      ['Greta Fjäll', 'member', 'Beslutande kommunrepresentanter', 'Älvby', 'S'],
      ['Ivar Sten', 'member', 'Beslutande kommunrepresentanter', 'Bergby', 'S'],
      ['Åke Myr', 'deputy', 'Beslutande kommunrepresentanter', 'Tallby', 'C'],
      ['Ove Rask', 'member', 'Beslutande partirepresentanter', 'Älvby', 'M'],
      ['Bo Frost', 'other', 'Övriga deltagare', 'kansliet', null],
    ]);
  });

  it('gives each signer the name after its own label (`Sekreterare Bo Frost Ordförande Greta Fjäll Justerare. Ivar Sten`)', () => {
    expect(doc().signatures).toMatchObject({ chair: ['Greta Fjäll'], secretary: ['Bo Frost'], adjusters: ['Ivar Sten'] });
  });
});
