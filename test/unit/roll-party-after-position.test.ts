// An attendance roll at the end of the front page (`NÄRVAROLISTA` / `LEDAMÖTER Ja Nej Tid …`) whose rows give the
// position after a comma, then the party's letters in lower case and a small `x` for present
// (`Nils Holm, ordf m x`), and hours after the mark (`Eva Ros s x Kl. 09.00-09.45; 10.30-12.00`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const MINUTES = `PROTOKOLL
Utbildningsnämnden

Plats och tid Kommunhuset, Storgatan 4, Östby, kl 09.00-12.00

Beslutande Se närvarolista

Utses att justera Olof Lind (s)

NÄRVAROLISTA

Närvaro Votering
LEDAMÖTER Ja Nej Tid Kl. 09.00-12.00 Ja Nej
Nils Holm, ordf m x
Anna Cedar m x
Kristian Kral, v ordf s x
Olof Lind s x
Eva Ros s x Kl. 09.00-09.45; 10.30-12.00
Peter Jans s

§ 17 Val av justerare

Olof Lind utses att justera protokollet.
`;

describe('an attendance roll with the party after the position', () => {
  const people = Object.fromEntries(meetingDoc(MINUTES).participants.map((p) => [p.name, p]));

  it('reads the party letters after the position as the party', () => {
    expect(people['Nils Holm']).toMatchObject({ role: 'member', party: 'M', position: 'ordförande' });
    expect(people['Kristian Kral']).toMatchObject({ role: 'member', party: 'S', position: 'vice ordförande' });
  });

  it('reads the cross before the hours as present, the hours as a note', () => {
    expect(people['Eva Ros']?.role).toBe('member');
    expect(people['Eva Ros']?.note).toMatch(/^Kl\. 09\.00-09\.45/u);
    expect(people['Peter Jans']?.role).toBe('absent');
  });
});
