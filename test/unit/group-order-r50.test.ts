// Labels first and all their people run on after them (`Beslutande Ej beslutande Övriga deltagare
// Eva Ek, s, ordförande …`): nothing but the order of the parties marks where the members end and
// the deputies who only attend begin. A roll lists its people party by party and the next list
// starts that order over; the step back is the cut. Every name is invented.
import { describe, expect, it } from 'vitest';
import { groupOf, stepsBack } from '../../src/segment/frontpage/group-order.js';
import { meetingDoc, text } from './helpers.js';

const minutes = (people: string): string =>
  text(
    '1 1 (20) Plats och tid för sammanträdet Beslutande Ej beslutande Övriga deltagare Norrby kommunhus, rum Tallen, ' +
      'tisdag den 6 maj 2008, kl Ajournering kl ' +
      people +
      ' Arne Ek, kommunchef Tora Vinge, kommunsekreterare Justeringens plats Norrby kommunhus, tisdag den 13 maj 2008 kl och tid ' +
      'Paragrafer Underskrifter Sekreterare Ordförande Justerande Tora Vinge Lena Ekholm Sara Lind',
    '',
    '2 12 Budget för 2009',
    'Kommunstyrelsen beslutar att fastställa budgeten.',
  );

const roles = (people: string): Array<[string, string]> => meetingDoc(minutes(people)).participants.map((p) => [p.name, p.role]);

describe('where a run of members ends and the deputies begin, by the order of their parties', () => {
  it('cuts the run where the parties start over (`v` → `s`)', () => {
    const people =
      'Lena Ekholm, s, ordförande Otto Brand, s, vice ordförande Sara Lind, s Pia Gren, s Nils Falk, c Ove Stål, m ' +
      'Ann Berg, kd Tor Holm, fp Rut Sand, v Eva Fors, s Bo Lund, v Ivar Ås, mp';
    expect(roles(people).slice(8, 12)).toEqual([
      ['Rut Sand', 'member'],
      ['Eva Fors', 'deputy'],
      ['Bo Lund', 'deputy'],
      ['Ivar Ås', 'deputy'],
    ]);
  });

  it('reads a council member association as the group, and says nothing where the parties are in no order', () => {
    expect(groupOf('Gun Ek, PRO')).toBe('pro');
    expect(groupOf('Gun Ek (M), ordförande')).toBe('m');
    expect(groupOf('Gun Ek, kommunchef')).toBeNull();
    // (`s m s c`: two people a list show no order)
    expect(stepsBack(['Eva Ek, s', 'Bo Ås, m', 'Lisa Holm, s', 'Per Ås, c'], 3)).toBeNull();
  });
});
